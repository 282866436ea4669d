import Link from 'next/link';
import { getDb } from '@/db/client';
import { getModerationSummary } from '@/db/queries/moderation';
import { operationsStatus, type JobRun } from '@/db/queries/operations';
import { formatBytes, formatDaysAgo } from '@/lib/format';
import { requireStaff } from '@/server/staff-guard';

export const metadata = { title: 'Dashboard' };

export default async function AdminDashboard() {
  await requireStaff();
  const db = await getDb();
  const [summary, status] = await Promise.all([getModerationSummary(db), operationsStatus(db)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Moderation dashboard</h1>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <dt className="text-sm text-slate-600">Waiting for a decision</dt>
          <dd className="text-3xl font-bold">{summary.pending.toLocaleString('en')}</dd>
          <dd><Link href="/admin/reports">Open the queue</Link></dd>
        </div>
        <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <dt className="text-sm text-slate-600">Oldest waiting</dt>
          <dd className="text-3xl font-bold">{summary.oldestPending ? formatDaysAgo(summary.oldestPending) : 'none'}</dd>
        </div>
        <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <dt className="text-sm text-slate-600">Flagged (bursts, unverified)</dt>
          <dd className="text-3xl font-bold">{summary.flagged.toLocaleString('en')}</dd>
          <dd><Link href="/admin/reports?flagged=1">Review flagged</Link></dd>
        </div>
        <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <dt className="text-sm text-slate-600">Owners’ statements waiting</dt>
          <dd className="text-3xl font-bold">{summary.disputes.toLocaleString('en')}</dd>
          <dd><Link href="/admin/disputes">Review statements</Link></dd>
        </div>
      </dl>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="text-xl font-bold">Site status</h2>
        <dl className="mt-2 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">Database size</dt>
          <dd>{formatBytes(status.databaseBytes)}</dd>
          <dt className="font-semibold">Last backup</dt>
          <dd>{lastRun(status.runs.backup, 'never')}</dd>
          <dt className="font-semibold">Last open-data export</dt>
          <dd>{lastRun(status.runs['open-data-export'], 'never')}</dd>
          <dt className="font-semibold">Last retention run</dt>
          <dd>{lastRun(status.runs.retention, 'never')}</dd>
          <dt className="font-semibold">Oldest report waiting</dt>
          <dd>{status.oldestPendingAt ? `${formatDaysAgo(status.oldestPendingAt)} (${status.oldestPendingAt.toISOString().slice(0, 16).replace('T', ' ')} UTC)` : 'none'}</dd>
        </dl>
      </section>
      <section aria-labelledby="per-day-heading">
        <h2 id="per-day-heading" className="text-xl font-bold">Decisions in the last 7 days</h2>
        {summary.perDay.length === 0 ? (
          <p>No decisions yet.</p>
        ) : (
          <table className="mt-2 w-full max-w-lg text-left">
            <thead><tr><th scope="col">Day</th><th scope="col">Approved</th><th scope="col">Not published</th></tr></thead>
            <tbody>
              {summary.perDay.map((row) => (
                <tr key={row.day}><td>{row.day}</td><td>{row.approved}</td><td>{row.refused}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function lastRun(run: JobRun | undefined, never: string): string {
  if (!run) return never;
  return `${formatDaysAgo(run.at)} (${run.at.toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
}
