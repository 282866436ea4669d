import Link from 'next/link';
import { getDb } from '@/db/client';
import { CATEGORY_INFO, CHANNEL_LABELS, REPORT_STATUSES } from '@/db/constants';
import { listModerationQueue, type QueueCursor } from '@/db/queries/moderation';
import { formatDaysAgo, formatMoney } from '@/lib/format';
import { enumParam, firstParam, toQueryString, type SearchParams } from '@/lib/params';
import { formatE164, parsePhone } from '@/lib/phone';
import { defaultRegion } from '@/lib/site';
import { requireStaff } from '../guard';

export const metadata = { title: 'Report queue' };

function readCursor(raw: string | undefined): QueueCursor | null {
  const match = raw?.match(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)~(\d{1,15})$/);
  return match ? { createdAt: match[1]!, id: Number(match[2]) } : null;
}

export default async function ReportQueuePage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff();
  const params = await searchParams;
  const status = enumParam(params.status, REPORT_STATUSES) ?? 'pending';
  const flaggedOnly = firstParam(params.flagged) === '1';
  const notice = firstParam(params.notice);
  const numberText = firstParam(params.number)?.slice(0, 250) ?? '';
  const number = numberText ? parsePhone(numberText, defaultRegion()) : null;
  const e164 = number?.ok ? number.phone.e164 : null;
  const { rows, next } = await listModerationQueue(await getDb(), { status, flaggedOnly, e164, after: readCursor(firstParam(params.after)), limit: 25 });

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Report queue</h1>
      {notice ? <p role="status" className="rounded-md bg-emerald-50 p-3 ring-1 ring-emerald-300">{notice.slice(0, 200)}</p> : null}
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the queue">
        <div>
          <label htmlFor="queue-status" className="block text-sm font-medium">Status</label>
          <select id="queue-status" name="status" defaultValue={status} className="rounded-md border border-slate-400 bg-white px-2 py-2">
            {REPORT_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="queue-number" className="block text-sm font-medium">Number</label>
          <input id="queue-number" name="number" type="text" inputMode="tel" defaultValue={numberText}
            aria-describedby={number && !number.ok ? 'queue-number-error' : undefined} className="rounded-md border border-slate-400 bg-white px-2 py-2 font-mono" />
          {number && !number.ok ? <p id="queue-number-error" className="text-sm text-red-800">{number.error.message}</p> : null}
        </div>
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="flagged" value="1" defaultChecked={flaggedOnly} /> Flagged only
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 font-semibold text-white">Show</button>
      </form>
      {rows.length === 0 ? (
        <p>Nothing here. {status === 'pending' ? 'The queue is empty.' : ''}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Reports, oldest first</caption>
          <thead>
            <tr className="border-b border-slate-300">
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
                <td className="py-2">
                  <Link href={`/admin/reports/${row.id}`} className="font-mono">{row.reference}</Link>
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
                <td>{row.flags.length > 0 ? row.flags.join(', ') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next ? (
        <Link rel="next" href={`/admin/reports${toQueryString({ status, flagged: flaggedOnly ? '1' : undefined, number: e164, after: `${next.createdAt}~${next.id}` })}`}>Next page</Link>
      ) : null}
    </div>
  );
}
