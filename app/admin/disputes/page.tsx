import Link from 'next/link';
import { Notice } from '@/components/ui/notice';
import { getDb } from '@/db/client';
import { listDisputesForReview, listUpheldOutsideRegistry } from '@/db/queries/disputes';
import { formatDate, formatDaysAgo } from '@/lib/format';
import { firstParam, type SearchParams } from '@/lib/params';
import { formatE164 } from '@/lib/phone';
import { requireStaff } from '@/server/staff-guard';
import { reviewDisputeAction } from './actions';

export const metadata = { title: 'Owners’ statements' };

export default async function DisputesPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff();
  const params = await searchParams;
  const notice = firstParam(params.notice);
  // After a refused step, the note typed for that statement comes back.
  const echoFor = firstParam(params.for);
  const echoNote = firstParam(params.note)?.slice(0, 2_000) ?? '';
  const db = await getDb();
  const [items, upheld] = await Promise.all([listDisputesForReview(db), listUpheldOutsideRegistry(db)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Owners’ statements</h1>
      <p className="max-w-3xl text-slate-700">
        A number’s owner says it is being spoofed or wrongly listed. Upholding takes two different members of staff: one
        proposes, another confirms. Once upheld, the number’s page shows the statement and its verdict is capped.
      </p>
      {notice ? <Notice><p>{notice.slice(0, 200)}</p></Notice> : null}
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
              {item.heldSince ? <p className="text-sm">The owner says they have had the number since <strong>{formatDate(item.heldSince)}</strong>: once upheld, older reports stop counting.</p> : null}
              {item.status === 'awaiting_second_review' && item.decisionNote ? (
                <p className="text-sm"><span className="font-semibold">Note from whoever proposed it:</span> {item.decisionNote}</p>
              ) : null}
              <form action={reviewDisputeAction} className="flex flex-wrap items-end gap-3">
                <input type="hidden" name="disputeId" value={item.id} />
                <div>
                  <label htmlFor={`note-${item.id}`} className="block text-sm font-medium">Note (optional)</label>
                  <input id={`note-${item.id}`} name="note" type="text" maxLength={2000} defaultValue={echoFor === String(item.id) ? echoNote : ''} className="rounded-md border border-slate-400 px-2 py-1" />
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
      {upheld.length > 0 ? (
        <section aria-labelledby="upheld-heading" className="space-y-2">
          <h2 id="upheld-heading" className="text-xl font-bold">Upheld: is the owner an organisation?</h2>
          <p className="max-w-3xl text-slate-700">
            If an upheld statement comes from an organisation that publishes the number for its customers, add it to the registry of
            genuine numbers: its page will then name the organisation and tell people to call it back themselves.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {upheld.map((item) => (
              <li key={item.id}>
                <span className="font-mono">{item.reference}</span>, <span className="font-mono">{formatE164(item.e164).international}</span>:{' '}
                <Link href={`/admin/verified?number=${encodeURIComponent(item.e164)}&dispute=${item.id}`}>add to the registry</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
