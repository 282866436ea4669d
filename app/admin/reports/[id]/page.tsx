import Link from 'next/link';
import { KeyboardShortcuts } from '@/components/admin/keyboard-shortcuts';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { CATEGORY_INFO, CHANNEL_LABELS, DECISION_REASON_LABELS, PAYMENT_METHOD_LABELS, REJECTION_REASONS, REPORT_FLAG_LABELS } from '@/db/constants';
import { claimReport, getReportForReview, listModerationQueue, undoDeadline } from '@/db/queries/moderation';
import { formatDate, formatDaysAgo, formatMoney } from '@/lib/format';
import { firstParam, type SearchParams } from '@/lib/params';
import { formatE164 } from '@/lib/phone';
import { queueQuery, readQueueQuery } from '@/lib/queue-filters';
import { defaultRegion } from '@/lib/site';
import { requireStaff } from '@/server/staff-guard';
import { confirmRemovalAction, proposeRemovalAction, releaseClaimAction, undoDecisionAction } from './actions';
import { DecisionNotice } from '../decision-notice';
import { DecisionForm } from './decision-form';

export const metadata = { title: 'Review a report' };

export default async function ReviewReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const staff = await requireStaff();
  const query = await searchParams;
  const notice = firstParam(query.notice);
  const raw = (await params).id;
  if (!/^\d{1,15}$/.test(raw)) notFound();
  const db = await getDb();
  // Opening a pending report keeps it for this moderator for a while; the queue skips it for others.
  const claim = await claimReport(db, { reportId: Number(raw), staffId: staff.id });
  const review = await getReportForReview(db, Number(raw));
  if (!review) notFound();
  const { report, decidedByEmail, sameNumber, sameAddress, verified } = review;
  const undoUntil = undoDeadline(report, staff.id);
  // The queue this report was opened from, so that a decision can open the next one in it.
  const filters = readQueueQuery(firstParam(query.queue), defaultRegion());
  const queue = queueQuery(filters);
  const decidedId = firstParam(query.decided)?.match(/^\d{1,15}$/)?.[0];
  const upcoming = filters.status === 'pending' ? (await listModerationQueue(db, { ...filters, limit: 2, viewerId: staff.id })).rows : [];
  const skipTo = upcoming.find((row) => row.id !== report.id);

  return (
    <div className="space-y-6">
      <p className="flex flex-wrap gap-x-6">
        <Link href={`/admin/reports${queue}`} data-shortcut="q">← Queue</Link>
        {skipTo ? (
          <Link href={`/admin/reports/${skipTo.id}${queue ? `?queue=${encodeURIComponent(queue)}` : ''}`} data-shortcut="n">Skip to the next report →</Link>
        ) : null}
      </p>
      {notice ? <DecisionNotice notice={notice} decidedId={decidedId} /> : null}
      {report.status === 'pending' ? (
        <KeyboardShortcuts
          shortcuts={[
            ['a', 'Approve and publish'],
            ['1–6', 'Reject with a prepared reason'],
            ['r', 'Choose a reason not to publish (then Tab to “Reject”)'],
            ['n', 'Skip to the next report'],
            ['q', 'Back to the queue'],
            ['?', 'Show or hide these shortcuts'],
          ]}
        />
      ) : null}
      <h1 className="text-2xl font-bold">Report <span className="font-mono">{report.reference}</span> <span className="text-base font-normal">({report.status})</span></h1>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        <div><dt className="text-sm text-slate-600">Number shown</dt><dd className="font-mono"><Link href={`/numbers/${report.displayedE164}`}>{formatE164(report.displayedE164).international}</Link></dd></div>
        <div><dt className="text-sm text-slate-600">Told to contact</dt><dd className="font-mono">{report.callbackE164 ? formatE164(report.callbackE164).international : '—'}</dd></div>
        <div><dt className="text-sm text-slate-600">Kind, channel</dt><dd>{CATEGORY_INFO[report.category].label}, {CHANNEL_LABELS[report.channel]}</dd></div>
        <div><dt className="text-sm text-slate-600">When</dt><dd>{formatDate(report.occurredOn)}{report.occurredTime ? ` ${report.occurredTime.slice(0, 5)}` : ''}</dd></div>
        <div><dt className="text-sm text-slate-600">Screen showed</dt><dd>{report.callerIdName ?? '—'}</dd></div>
        <div>
          <dt className="text-sm text-slate-600">A real organisation’s number or name on screen?</dt>
          <dd>{report.screenShowedOrganisation === null ? 'not sure, or not answered' : report.screenShowedOrganisation ? 'yes: the number was probably spoofed' : 'no'}</dd>
        </div>
        {verified ? (
          <div className="sm:col-span-2 rounded-md bg-emerald-50 p-2 ring-1 ring-emerald-300">
            <dt className="text-sm text-slate-700">Genuine number</dt>
            <dd>The number shown is the real number of <strong>{verified.organisation}</strong>: its page will never brand it, and this report will be shown as a call that faked it.</dd>
          </div>
        ) : null}
        <div><dt className="text-sm text-slate-600">Loss</dt><dd>{report.lossAmountMinor && report.lossCurrency ? `${formatMoney(report.lossAmountMinor, report.lossCurrency)}${report.paymentMethod ? `, ${PAYMENT_METHOD_LABELS[report.paymentMethod]}` : ''}` : 'none'}</dd></div>
        <div><dt className="text-sm text-slate-600">Reporter email (private)</dt><dd>{report.reporterEmail ?? '—'}</dd></div>
        <div><dt className="text-sm text-slate-600">Checks</dt><dd>{report.verified ? 'anti-spam check passed' : 'unverified'}{report.flags.length ? `; flagged: ${report.flags.map((flag) => REPORT_FLAG_LABELS[flag].toLowerCase()).join('; ')}` : ''}</dd></div>
        <div><dt className="text-sm text-slate-600">Received</dt><dd>{formatDaysAgo(report.createdAt)} ({report.createdAt.toISOString()})</dd></div>
        {report.decidedAt ? (
          <div><dt className="text-sm text-slate-600">Decided</dt><dd>{report.decisionReason ? DECISION_REASON_LABELS[report.decisionReason] : ''} by {decidedByEmail ?? 'unknown'}, {report.decidedAt.toISOString()}{report.decisionNote ? `: ${report.decisionNote}` : ''}</dd></div>
        ) : null}
      </dl>
      <section aria-labelledby="original-heading" className="space-y-2">
        <h2 id="original-heading" className="text-xl font-bold">What the reporter wrote (private)</h2>
        <p className="whitespace-pre-line break-words rounded-md bg-amber-50 p-3 ring-1 ring-amber-200">{report.description}</p>
      </section>
      {undoUntil ? (
        <form action={undoDecisionAction} className="flex flex-wrap items-center gap-3 rounded-lg bg-amber-50 p-4 ring-1 ring-amber-300">
          <input type="hidden" name="reportId" value={report.id} />
          <p>You decided this report. You can undo that until {undoUntil.toISOString().slice(11, 16)} UTC.</p>
          <button type="submit" className="rounded-md border-2 border-slate-800 px-4 py-2 font-semibold">Undo my decision</button>
        </form>
      ) : null}
      {report.status === 'pending' && !claim.held && claim.byEmail ? (
        <p role="note" className="rounded-lg bg-amber-50 p-4 ring-1 ring-amber-300">
          Being reviewed by {claim.byEmail} until {claim.until.toISOString().slice(11, 16)} UTC. It leaves the queue for others meanwhile; come back later, or pick another report.
        </p>
      ) : report.status === 'pending' ? (
        <>
          <DecisionForm reportId={report.id} publishedText={report.descriptionRedacted} queue={queue} />
          <form action={releaseClaimAction} className="text-sm">
            <input type="hidden" name="reportId" value={report.id} />
            <input type="hidden" name="queue" value={queue} />
            <span className="text-slate-600">This report is kept for you {claim.held ? `until ${claim.until.toISOString().slice(11, 16)} UTC` : 'for now'}. </span>
            <button type="submit" className="underline">Release it to the queue</button>
          </form>
        </>
      ) : (
        <section aria-labelledby="published-heading" className="space-y-2">
          <h2 id="published-heading" className="text-xl font-bold">Published text</h2>
          <p className="whitespace-pre-line break-words rounded-md bg-white p-3 ring-1 ring-slate-200">{report.descriptionRedacted}</p>
        </section>
      )}
      {report.status === 'approved' ? (
        <section aria-labelledby="removal-heading" className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-slate-200">
          <h2 id="removal-heading" className="text-xl font-bold">Take down this report</h2>
          {!report.removalProposedBy ? (
            <form action={proposeRemovalAction} className="flex flex-wrap items-end gap-3">
              <input type="hidden" name="reportId" value={report.id} />
              <div>
                <label htmlFor="removal-reason" className="block font-semibold">Reason</label>
                <select id="removal-reason" name="reason" defaultValue="" required className="rounded-md border border-slate-400 bg-white px-2 py-2">
                  <option value="">Choose a reason</option>
                  {REJECTION_REASONS.map((r) => <option key={r} value={r}>{DECISION_REASON_LABELS[r]}</option>)}
                </select>
              </div>
              <button type="submit" className="rounded-md border border-slate-500 px-4 py-2 font-semibold">Propose removal</button>
              <p className="w-full text-sm text-slate-600">It stays published until a second member of staff confirms.</p>
            </form>
          ) : report.removalProposedBy === staff.id ? (
            <p>You proposed taking it down{report.removalReason ? ` (${DECISION_REASON_LABELS[report.removalReason]})` : ''}. A second member of staff must confirm.</p>
          ) : (
            <form action={confirmRemovalAction} className="space-y-2">
              <input type="hidden" name="reportId" value={report.id} />
              <p>Another member of staff proposed taking it down{report.removalReason ? `: ${DECISION_REASON_LABELS[report.removalReason]}` : ''}.</p>
              <button type="submit" className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white">Confirm removal</button>
            </form>
          )}
        </section>
      ) : null}
      <section aria-labelledby="same-number-heading">
        <h2 id="same-number-heading" className="text-lg font-bold">Other reports about this number</h2>
        {sameNumber.length === 0 ? <p>None.</p> : (
          <ul className="list-disc pl-5">{sameNumber.map((r) => <li key={r.id}><Link href={`/admin/reports/${r.id}`} className="font-mono">{r.reference}</Link> {r.status}, {CATEGORY_INFO[r.category].label}, {formatDaysAgo(r.createdAt)}</li>)}</ul>
        )}
      </section>
      <section aria-labelledby="same-address-heading">
        <h2 id="same-address-heading" className="text-lg font-bold">Other reports from the same address</h2>
        {sameAddress.length === 0 ? <p>None.</p> : (
          <ul className="list-disc pl-5">{sameAddress.map((r) => <li key={r.id}><Link href={`/admin/reports/${r.id}`} className="font-mono">{r.reference}</Link> {r.status}, {formatE164(r.displayedE164).international}, {formatDaysAgo(r.createdAt)}</li>)}</ul>
        )}
      </section>
    </div>
  );
}
