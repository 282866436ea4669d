'use client';

import { useEffect, useRef } from 'react';
import { HiddenGuards } from '@/components/forms/hidden-guards';
import { ProofOfWork } from '@/components/forms/proof-of-work';
import type { ReportFormState } from '@/lib/validation/form-state';
import { REPORT_FIELDS } from '@/lib/validation/report';

interface ReportReviewProps {
  state: ReportFormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
}

/**
 * "Check your answers" (the GOV.UK pattern): every answer as the site read it, each with a way
 * back to change it, before anything is stored. The answers travel in hidden fields, so it works
 * without JavaScript.
 */
export function ReportReview({ state, formAction, pending }: ReportReviewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <form action={formAction} className="max-w-3xl space-y-6">
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold">Check your answers before sending</h2>
      <p className="text-slate-700">Nothing has been sent yet. This is what the moderators will read.</p>
      <dl className="divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200">
        {state.review!.map((row) => (
          <div key={row.field} className="grid gap-1 p-4 sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="min-w-0">
              <span className="whitespace-pre-line break-words">{row.value}</span>
              {row.note ? <span className="mt-1 block whitespace-pre-line break-words text-sm text-slate-600">{row.note}</span> : null}
            </dd>
            <dd>
              <button type="submit" name="intent" value={`change:${row.field}`} formNoValidate
                className="min-h-11 text-brand-700 underline underline-offset-2 hover:text-brand-800">
                Change<span className="sr-only"> {row.label.toLowerCase()}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>

      {REPORT_FIELDS.map((field) => {
        const value = state.values[field];
        return value === undefined ? null : <input key={field} type="hidden" name={field} value={value} />;
      })}
      <HiddenGuards formToken={state.formToken} />

      <div className="space-y-3">
        {state.proof ? <input type="hidden" name="altcha" value={state.proof} /> : <ProofOfWork key={state.attempt} auto="onload" />}
        <p className="text-sm text-slate-600">
          A moderator reads your report before it is published. Your email and internet address are never published.
        </p>
        <button type="submit" name="intent" value="send" disabled={pending}
          className="rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? 'Sending…' : 'Send report'}
        </button>
      </div>
    </form>
  );
}
