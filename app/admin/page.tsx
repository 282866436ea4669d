import Link from 'next/link';
import { getDb } from '@/db/client';
import { getModerationSummary } from '@/db/queries/moderation';
import { formatDaysAgo } from '@/lib/format';
import { requireStaff } from '@/server/staff-guard';

export const metadata = { title: 'Dashboard' };

export default async function AdminDashboard() {
  await requireStaff();
  const summary = await getModerationSummary(await getDb());
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
