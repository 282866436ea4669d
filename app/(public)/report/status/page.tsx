import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { DECISION_REASON_LABELS } from '@/db/constants';
import { getDisputeStatus } from '@/db/queries/disputes';
import { getReportStatus, type ReportStatusView } from '@/db/queries/report-submissions';
import { formatDate } from '@/lib/format';
import { firstParam, type SearchParams } from '@/lib/params';
import { formatE164 } from '@/lib/phone';
import { normalizeReference } from '@/lib/reference';

export const metadata: Metadata = { title: 'Check a report’s status', robots: { index: false } };

type Outcome = { title: string; text: string; tone: string };

function describeDispute(status: NonNullable<Awaited<ReturnType<typeof getDisputeStatus>>>): Outcome {
  switch (status.status) {
    case 'upheld':
      return { title: 'Accepted', text: 'Your statement is shown on the number’s page, and its warning is lowered.', tone: 'bg-emerald-50 ring-emerald-300' };
    case 'rejected':
      return { title: 'Not accepted', text: 'Our staff could not accept this statement.', tone: 'bg-amber-50 ring-amber-300' };
    default:
      return { title: 'Being reviewed', text: `Received on ${formatDate(status.createdAt)}. Two members of staff must agree before anything changes.`, tone: 'bg-slate-100 ring-slate-300' };
  }
}

function describe(report: ReportStatusView): Outcome {
  switch (report.status) {
    case 'pending':
      return { title: 'Waiting for a moderator', text: `Received on ${formatDate(report.createdAt)}. A moderator will read it soon.`, tone: 'bg-slate-100 ring-slate-300' };
    case 'approved':
      return { title: 'Published', text: 'It now warns anyone who looks the number up. Thank you.', tone: 'bg-emerald-50 ring-emerald-300' };
    case 'spam':
      return { title: 'Not published', text: 'It was treated as spam.', tone: 'bg-amber-50 ring-amber-300' };
    default:
      return {
        title: 'Not published',
        text: `Reason: ${report.decisionReason ? DECISION_REASON_LABELS[report.decisionReason] : 'not given'}.`,
        tone: 'bg-amber-50 ring-amber-300',
      };
  }
}

export default async function ReportStatusPage({ searchParams }: { searchParams: SearchParams }) {
  const typed = firstParam((await searchParams).ref)?.slice(0, 40) ?? '';
  const reference = typed ? normalizeReference(typed) : null;
  const db = reference ? await getDb() : null;
  const dispute = db && reference?.startsWith('SD-') ? await getDisputeStatus(db, reference) : null;
  const report = db && reference?.startsWith('SR-') ? await getReportStatus(db, reference) : null;
  const outcome = report ? describe(report) : dispute ? describeDispute(dispute) : null;
  const found = report ?? dispute;

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">Check a report’s status</h1>
      <form method="get" action="/report/status" className="space-y-2">
        <label htmlFor="status-ref" className="block font-semibold">Your report reference</label>
        <p id="status-ref-hint" className="text-sm text-slate-600">It looks like SR-4K7M-Q2XD for a report, or SD-… for a statement about your own number, and was shown when you sent it.</p>
        {typed && !found ? (
          <p id="status-ref-error" role="alert" className="font-semibold text-red-800">
            {reference ? 'We have no report with that reference. Check each character.' : 'That is not a report reference: it should look like SR-4K7M-Q2XD.'}
          </p>
        ) : null}
        <div className="flex gap-2">
          <input id="status-ref" name="ref" type="text" defaultValue={typed} autoComplete="off" spellCheck={false} maxLength={40}
            aria-describedby={typed && !found ? 'status-ref-hint status-ref-error' : 'status-ref-hint'} aria-invalid={Boolean(typed && !found)}
            className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono uppercase" />
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">Check</button>
        </div>
      </form>

      {found && outcome ? (
        <section aria-labelledby="status-heading" className={`space-y-2 rounded-lg p-5 ring-1 ${outcome.tone}`}>
          <p className="font-mono text-sm text-slate-600">{found.reference}</p>
          <h2 id="status-heading" className="text-2xl font-bold">{outcome.title}</h2>
          <p>{outcome.text}</p>
          {report?.displayedE164 ? (
            <p>
              <Link href={`/numbers/${report.displayedE164}`}>See it on the page for {formatE164(report.displayedE164).international}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
