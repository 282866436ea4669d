import Link from 'next/link';
import { getDb } from '@/db/client';
import { listAuditEvents } from '@/db/queries/audit';
import { firstParam, type SearchParams } from '@/lib/params';
import { requireStaff } from '@/server/staff-guard';

export const metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff(['admin']);
  const before = Number(firstParam((await searchParams).before));
  const { rows, next } = await listAuditEvents(await getDb(), { before: Number.isSafeInteger(before) && before > 0 ? before : null, limit: 50 });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="text-slate-700">Every sign-in, decision and account change, newest first. Times are UTC. Nothing here can be changed or deleted.</p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit events</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Subject</th>
            <th scope="col">Before → after</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((event) => (
            <tr key={event.id} className="border-b border-slate-200 align-top">
              <td className="py-2 font-mono whitespace-nowrap">{event.occurredAt.toISOString().replace('T', ' ').slice(0, 19)}</td>
              <td>{event.actorLabel}</td>
              <td className="font-mono">{event.action}</td>
              <td>
                {event.subjectType === 'report' && event.subjectId ? (
                  <Link href={`/admin/reports/${event.subjectId}`}>report {event.subjectId}</Link>
                ) : (
                  `${event.subjectType ?? ''} ${event.subjectId ?? ''}`
                )}
              </td>
              <td className="max-w-md break-words font-mono text-xs">
                {event.before ? JSON.stringify(event.before) : ''}
                {event.before && event.after ? ' → ' : ''}
                {event.after ? JSON.stringify(event.after) : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {next ? <Link rel="next" href={`/admin/audit?before=${next}`}>Older events</Link> : null}
    </div>
  );
}
