'use client';

import { useActionState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { DECISION_REASON_LABELS, REJECTION_REASONS, REJECTION_TEMPLATES } from '@/db/constants';
import { NOTE_MAX, PUBLISHED_TEXT_MAX } from '@/lib/validation/decision';
import { decideReportAction, type DecisionState } from './actions';

/**
 * Approve and reject are two buttons: the form has no default decision to fall back on, and after
 * any problem every field comes back exactly as the moderator left it.
 */
export function DecisionForm({ reportId, publishedText, queue }: { reportId: number; publishedText: string; queue: string }) {
  const [state, formAction, pending] = useActionState(decideReportAction, { values: {}, attempt: 0 } satisfies DecisionState);
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    // A new key after each answer: the fields take the echoed values, not their first defaults.
    <form key={state.attempt} action={formAction} className="space-y-5 rounded-lg bg-white p-5 ring-1 ring-slate-200" aria-labelledby="decision-heading">
      <h2 id="decision-heading" className="text-xl font-bold">Decision</h2>
      <div role="alert" className="space-y-1 font-semibold text-red-800 empty:hidden">
        {state.message ? <p>{state.message}</p> : null}
        {errors.decision ? <p>{errors.decision}</p> : null}
        {errors.reportId ? <p>{errors.reportId}</p> : null}
      </div>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="queue" value={queue} />
      <Field id="decision-text" label="Text to publish" hint="Edit out anything personal the redactor missed. Published only if you approve." error={errors.publishedText}>
        {(describedBy, invalid) => (
          <textarea id="decision-text" name="publishedText" rows={8} maxLength={PUBLISHED_TEXT_MAX} defaultValue={values.publishedText ?? publishedText}
            aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <Field id="decision-note" label="Note for other staff" optional error={errors.note}>
        {(describedBy, invalid) => (
          <textarea id="decision-note" name="note" rows={2} maxLength={NOTE_MAX} defaultValue={values.note ?? ''}
            aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-4 border-t border-slate-200 pt-4">
        <button type="submit" name="decision" value="approve" disabled={pending} data-shortcut="a"
          className="rounded-md bg-emerald-700 px-5 py-2 font-semibold text-white hover:bg-emerald-800 disabled:opacity-60">
          Approve and publish
        </button>
        <div className="flex flex-wrap items-end gap-3">
          <Field id="decision-reason" label="Reason not to publish" error={errors.reason}>
            {(describedBy, invalid) => (
              <select id="decision-reason" name="reason" defaultValue={values.reason ?? ''} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} data-shortcut="r">
                <option value="">Choose a reason</option>
                {REJECTION_REASONS.map((reason) => (
                  <option key={reason} value={reason}>{DECISION_REASON_LABELS[reason]}</option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" name="decision" value="reject" disabled={pending}
            className="rounded-md border-2 border-red-800 px-5 py-2 font-semibold text-red-900 hover:bg-red-50 disabled:opacity-60">
            Reject: do not publish
          </button>
        </div>
      </div>
      <fieldset className="space-y-2 border-t border-slate-200 pt-4">
        <legend className="pt-4 font-semibold">Or reject with a prepared reason</legend>
        <p className="text-sm text-slate-600">Each keeps your note above if you wrote one; otherwise it adds its own.</p>
        <div className="flex flex-wrap gap-2">
          {REJECTION_TEMPLATES.map((template, index) => (
            <button key={template.key} type="submit" name="template" value={template.key} disabled={pending} data-shortcut={String(index + 1)}
              title={`${DECISION_REASON_LABELS[template.reason]}: ${template.note}`}
              className="min-h-11 rounded-md border border-red-800 px-3 py-2 text-sm font-semibold text-red-900 hover:bg-red-50 disabled:opacity-60">
              <kbd className="mr-1.5 rounded border border-red-300 px-1 font-mono text-xs">{index + 1}</kbd>
              {template.label}
            </button>
          ))}
        </div>
      </fieldset>
      <p className="text-sm text-slate-600">{pending ? 'Saving…' : 'You can undo your decision for 10 minutes after saving it.'}</p>
    </form>
  );
}
