'use client';

import { useActionState } from 'react';
import { DECISION_REASON_LABELS, DECISION_REASONS } from '@/db/constants';
import { decideReportAction, type DecisionState } from './actions';

export function DecisionForm({ reportId, publishedText }: { reportId: number; publishedText: string }) {
  const [state, formAction, pending] = useActionState(decideReportAction, {} satisfies DecisionState);
  return (
    <form action={formAction} className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-slate-200">
      <h2 className="text-xl font-bold">Decision</h2>
      <p role="alert" className="font-semibold text-red-800 empty:hidden">{state.message ?? ''}</p>
      <input type="hidden" name="reportId" value={reportId} />
      <div className="space-y-1">
        <label htmlFor="decision-text" className="block font-semibold">Text to publish</label>
        <p id="decision-text-hint" className="text-sm text-slate-600">Edit out anything personal the redactor missed. Published only if you approve.</p>
        <textarea id="decision-text" name="publishedText" rows={8} maxLength={5500} defaultValue={publishedText} aria-describedby="decision-text-hint"
          className="w-full rounded-md border border-slate-400 p-2" />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">Decision</legend>
        <label className="flex items-center gap-2"><input type="radio" name="decision" value="approve" defaultChecked /> Approve and publish</label>
        <label className="flex items-center gap-2"><input type="radio" name="decision" value="reject" /> Do not publish</label>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="decision-reason" className="block font-semibold">Reason</label>
        <select id="decision-reason" name="reason" defaultValue="approved" className="rounded-md border border-slate-400 bg-white px-2 py-2">
          {DECISION_REASONS.map((reason) => <option key={reason} value={reason}>{DECISION_REASON_LABELS[reason]}</option>)}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="decision-note" className="block font-semibold">Note for other staff (optional)</label>
        <textarea id="decision-note" name="note" rows={2} maxLength={2000} className="w-full rounded-md border border-slate-400 p-2" />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-5 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? 'Saving…' : 'Save decision'}
      </button>
    </form>
  );
}
