import Link from 'next/link';
import { KeyboardShortcuts } from '@/components/admin/keyboard-shortcuts';
import { getDb } from '@/db/client';
import { CATEGORIES, CATEGORY_INFO, CHANNEL_LABELS, CHANNELS, DECISION_REASON_LABELS, REJECTION_REASONS, REPORT_FLAG_LABELS, REPORT_STATUSES } from '@/db/constants';
import { listModerationQueue, listQueueCurrencies, type QueueCursor } from '@/db/queries/moderation';
import { formatDaysAgo, formatMoney } from '@/lib/format';
import { enumParam, firstParam, toQueryString, type SearchParams } from '@/lib/params';
import { formatE164, parsePhone } from '@/lib/phone';
import { queueQuery, readQueueFilters } from '@/lib/queue-filters';
import { defaultRegion } from '@/lib/site';
import { requireStaff } from '@/server/staff-guard';
import { DecisionNotice } from './decision-notice';
import { bulkDecideAction } from './actions';

export const metadata = { title: 'Report queue' };

function readCursor(raw: string | undefined): QueueCursor | null {
  const match = raw?.match(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z|\d{1,18})~(\d{1,15})$/);
  return match ? { key: match[1]!, id: Number(match[2]) } : null;
}

const selectClass = 'rounded-md border border-slate-400 bg-white px-2 py-2';

export default async function ReportQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff();
  const params = await searchParams;
  const db = await getDb();
  const read = readQueueFilters(params, defaultRegion());
  // Amounts in different currencies are never compared: "most money lost" ranks within one,
  // the one chosen or else the one most pending losses are in.
  const currencies = read.sort === 'loss' ? await listQueueCurrencies(db, { status: read.status }) : [];
  const queue = { ...read, currency: read.sort === 'loss' ? (read.currency ?? currencies[0]?.currency ?? null) : null };
  const { status, flaggedOnly, category, channel, country, sort, numberText, e164, currency } = queue;
  const notice = firstParam(params.notice);
  const decidedId = firstParam(params.decided)?.match(/^\d{1,15}$/)?.[0];
  // After a refused bulk decision, the same reports and reason come back selected.
  const selected = new Set((firstParam(params.selected) ?? '').split(',').filter((id) => /^\d{1,15}$/.test(id)));
  const bulkReason = enumParam(params.reason, REJECTION_REASONS) ?? '';
  const number = numberText ? parsePhone(numberText, defaultRegion()) : null;
  const filters = { status, flagged: flaggedOnly ? '1' : undefined, category, channel, country, number: e164, sort: sort === 'oldest' ? undefined : sort, currency: currency ?? undefined };
  const { rows, next } = await listModerationQueue(db, { status, flaggedOnly, e164, category, channel, country, sort, currency, after: readCursor(firstParam(params.after)), limit: 25, viewerId: staff.id });
  const here = `/admin/reports${toQueryString(filters)}`;
  const queueParam = queueQuery(queue);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Report queue</h1>
      <KeyboardShortcuts shortcuts={[['j', 'Next report in the list'], ['k', 'Previous report in the list'], ['Enter', 'Open the report'], ['?', 'Show or hide these shortcuts']]} />
      {notice ? <DecisionNotice notice={notice} decidedId={decidedId} /> : null}
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the queue">
        <div>
          <label htmlFor="queue-status" className="block text-sm font-medium">Status</label>
          <select id="queue-status" name="status" defaultValue={status} className={selectClass}>
            {REPORT_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="queue-category" className="block text-sm font-medium">Kind</label>
          <select id="queue-category" name="category" defaultValue={category ?? ''} className={selectClass}>
            <option value="">All kinds</option>
            {CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_INFO[c].label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="queue-channel" className="block text-sm font-medium">Channel</label>
          <select id="queue-channel" name="channel" defaultValue={channel ?? ''} className={selectClass}>
            <option value="">Any</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{CHANNEL_LABELS[c]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="queue-country" className="block text-sm font-medium">Country (code)</label>
          <input id="queue-country" name="country" type="text" maxLength={2} defaultValue={country ?? ''} className={`${selectClass} w-20 uppercase`} />
        </div>
        <div>
          <label htmlFor="queue-number" className="block text-sm font-medium">Number</label>
          <input id="queue-number" name="number" type="text" inputMode="tel" defaultValue={numberText}
            aria-describedby={number && !number.ok ? 'queue-number-error' : undefined} className={`${selectClass} font-mono`} />
          {number && !number.ok ? <p id="queue-number-error" className="text-sm text-red-800">{number.error.message}</p> : null}
        </div>
        <div>
          <label htmlFor="queue-sort" className="block text-sm font-medium">Order</label>
          <select id="queue-sort" name="sort" defaultValue={sort} className={selectClass}>
            <option value="oldest">Oldest first</option>
            <option value="loss">Most money lost first (in one currency)</option>
            <option value="burst">Most reports on the number in 24 hours</option>
          </select>
        </div>
        {sort === 'loss' ? (
          <div>
            <label htmlFor="queue-currency" className="block text-sm font-medium">Currency of the loss</label>
            <select id="queue-currency" name="currency" defaultValue={currency ?? ''} className={selectClass}>
              {currencies.map((option) => (
                <option key={option.currency} value={option.currency}>{option.currency} ({option.reports.toLocaleString('en')})</option>
              ))}
            </select>
          </div>
        ) : null}
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="flagged" value="1" defaultChecked={flaggedOnly} /> Flagged only
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 font-semibold text-white">Show</button>
      </form>

      {rows.length === 0 ? (
        <p>Nothing here. {status === 'pending' ? 'The queue is empty.' : ''}</p>
      ) : (
        <form action={bulkDecideAction} className="space-y-3">
          <input type="hidden" name="back" value={here} />
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Reports</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {status === 'pending' ? <th scope="col" className="py-2"><span className="sr-only">Select</span></th> : null}
                <th scope="col" className="py-2">Report</th>
                <th scope="col">Number</th>
                <th scope="col">Kind</th>
                <th scope="col">Received</th>
                <th scope="col">Flags</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top">
                  {status === 'pending' ? (
                    <td className="py-2 pr-2">
                      <input type="checkbox" name="ids" value={row.id} defaultChecked={selected.has(String(row.id))} aria-label={`Select ${row.reference}`} className="h-5 w-5" />
                    </td>
                  ) : null}
                  <td className="py-2">
                    <Link href={`/admin/reports/${row.id}${queueParam ? `?queue=${encodeURIComponent(queueParam)}` : ''}`} className="font-mono" data-shortcut-row>{row.reference}</Link>
                    <p className="line-clamp-2 max-w-md text-slate-700">{row.descriptionRedacted}</p>
                  </td>
                  <td className="font-mono">{formatE164(row.displayedE164).international}</td>
                  <td>
                    {CATEGORY_INFO[row.category].label}
                    <br />
                    <span className="text-slate-600">{CHANNEL_LABELS[row.channel]}</span>
                    {row.lossAmountMinor && row.lossCurrency ? <span className="block text-red-800">{formatMoney(row.lossAmountMinor, row.lossCurrency)}</span> : null}
                  </td>
                  <td>{formatDaysAgo(row.createdAt)}</td>
                  <td>
                    {row.flags.length > 0 ? row.flags.map((flag) => REPORT_FLAG_LABELS[flag]).join('; ') : '—'}
                    {row.burst > 1 ? <span className="block text-slate-600">{row.burst} on this number in 24 h</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {status === 'pending' ? (
            <fieldset className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200">
              <legend className="px-1 font-semibold">Selected reports</legend>
              <button name="decision" value="approve" className="rounded-md bg-emerald-700 px-4 py-2 font-semibold text-white">Approve selected</button>
              <div>
                <label htmlFor="bulk-reason" className="block text-sm font-medium">Reason to reject</label>
                <select id="bulk-reason" name="reason" defaultValue={bulkReason} className={selectClass}>
                  <option value="">Choose a reason</option>
                  {REJECTION_REASONS.map((r) => <option key={r} value={r}>{DECISION_REASON_LABELS[r]}</option>)}
                </select>
              </div>
              <button name="decision" value="reject" className="rounded-md border border-slate-500 px-4 py-2 font-semibold">Reject selected</button>
            </fieldset>
          ) : null}
        </form>
      )}
      {next ? <Link rel="next" href={`/admin/reports${toQueryString({ ...filters, after: `${next.key}~${next.id}` })}`}>Next page</Link> : null}
    </div>
  );
}
