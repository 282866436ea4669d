import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/notice';
import { getDb } from '@/db/client';
import { listVerifiedNumbers } from '@/db/queries/verified-numbers';
import { formatDate } from '@/lib/format';
import { firstParam, type SearchParams } from '@/lib/params';
import { formatE164 } from '@/lib/phone';
import { requireStaff } from '@/server/staff-guard';
import { removeVerifiedNumberAction } from './actions';
import { VerifiedNumberForm } from './verified-number-form';

export const metadata = { title: 'Genuine numbers' };

export default async function VerifiedNumbersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff();
  const params = await searchParams;
  const notice = firstParam(params.notice);
  const entries = await listVerifiedNumbers(await getDb());
  const initial = {
    number: firstParam(params.number)?.slice(0, 250) ?? '',
    disputeId: firstParam(params.dispute)?.match(/^\d{1,15}$/)?.[0] ?? '',
  };
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Genuine numbers</h1>
      <p className="max-w-3xl text-slate-700">
        Organisations’ real numbers, checked against the organisation’s own publication. Scammers show these on people’s screens, so
        their pages name the organisation, never call the number a scam, and tell people to call the organisation back themselves.
        Every change is in the audit log. From the command line: <code>npm run verified -- add --number N --organisation NAME --source URL</code>.
      </p>
      {notice ? <Notice><p>{notice.slice(0, 200)}</p></Notice> : null}
      <VerifiedNumberForm initial={initial} />
      <section aria-labelledby="registry-heading" className="space-y-2">
        <h2 id="registry-heading" className="text-xl font-bold">The registry</h2>
        {entries.length === 0 ? <p>No numbers yet.</p> : (
          <DataTable caption="Genuine numbers" columns={['Number', 'Organisation', 'Source', 'Verified', 'Published reports', { hidden: 'Remove' }]}>
              {entries.map((entry) => {
                const international = formatE164(entry.e164).international;
                return (
                  <tr key={entry.e164} className="border-b border-slate-200 align-top">
                    <td className="py-2 font-mono"><Link href={`/numbers/${entry.e164}`}>{international}</Link></td>
                    <td>{entry.organisation}</td>
                    <td className="max-w-xs break-all"><a href={entry.sourceUrl} rel="noopener noreferrer">{entry.sourceUrl}</a></td>
                    <td>{entry.verifiedByEmail ?? entry.verifiedByLabel}, {formatDate(entry.verifiedAt)}{entry.disputeId ? ' (owner’s statement)' : ''}</td>
                    <td>{entry.reportCount.toLocaleString('en')}</td>
                    <td>
                      <form action={removeVerifiedNumberAction}>
                        <input type="hidden" name="e164" value={entry.e164} />
                        <button type="submit" className="rounded border border-slate-400 px-2 py-1" aria-label={`Remove ${international} (${entry.organisation})`}>Remove</button>
                      </form>
                    </td>
                  </tr>
                );
              })}
          </DataTable>
        )}
      </section>
    </div>
  );
}
