import Link from 'next/link';
import { getDb } from '@/db/client';
import { listDisputesForReview } from '@/db/queries/disputes';
import { formatDaysAgo } from '@/lib/format';
import { firstParam, type SearchParams } from '@/lib/params';
import { formatE164 } from '@/lib/phone';
import { requireStaff } from '../guard';
import { reviewDisputeAction } from './actions';

export const metadata = { title: 'Owners’ statements' };

export default async function DisputesPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff();
  const notice = firstParam((await searchParams).notice);
  const items = await listDisputesForReview(await getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Owners’ statements</h1>
      <p className="max-w-3xl text-slate-700">
        A number’s owner says it is being spoofed or wrongly listed. Upholding takes two different members of staff: one
        proposes, another confirms. Once upheld, the number’s page shows the statement and its verdict is capped.
      </p>
      {notice ? <p role="status" className="rounded-md bg-emerald-50 p-3 ring-1 ring-emerald-300">{notice.slice(0, 200)}</p> : null}
      {items.length === 0 ? <p>No statements are waiting.</p> : (
        <ul className="space-y-4">
          {items.map((item) => (
            <li key={item.id} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <h2 className="text-lg font-semibold">
                <span className="font-mono">{item.reference}</span> about{' '}
                <Link href={`/numbers/${item.e164}`} className="font-mono">{formatE164(item.e164).international}</Link>
              </h2>
              <p className="text-sm text-slate-600">
                {formatDaysAgo(item.createdAt)} · {item.verified ? 'anti-spam check passed' : 'unverified'} · contact (private): {item.contact ?? 'none'} ·{' '}
                {item.status === 'awaiting_second_review' ? (item.proposedBy === staff.id ? 'you proposed to uphold it' : 'proposed by another member of staff') : 'new'}
              </p>
              <p className="whitespace-pre-line break-words">{item.statement}</p>
              <form action={reviewDisputeAction} className="flex flex-wrap items-end gap-3">
                <input type="hidden" name="disputeId" value={item.id} />
                <div>
                  <label htmlFor={`note-${item.id}`} className="block text-sm font-medium">Note (optional)</label>
                  <input id={`note-${item.id}`} name="note" type="text" maxLength={2000} className="rounded-md border border-slate-400 px-2 py-1" />
                </div>
                {item.status === 'pending' ? (
                  <button name="step" value="propose" className="rounded-md bg-slate-900 px-3 py-1.5 font-semibold text-white">Propose to uphold</button>
                ) : (
                  <button name="step" value="confirm" disabled={item.proposedBy === staff.id} className="rounded-md bg-emerald-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50">
                    Confirm and uphold
                  </button>
                )}
                <button name="step" value="reject" className="rounded-md border border-slate-400 px-3 py-1.5 font-semibold">Reject</button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
