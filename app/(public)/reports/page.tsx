import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportCard } from '@/components/reports/report-card';
import { getDb } from '@/db/client';
import { listPublishedReports, readReportCursor, writeReportCursor } from '@/db/queries/reports';
import { firstParam, type SearchParams } from '@/lib/params';

export const metadata: Metadata = {
  title: 'Latest scam reports',
  description: 'The most recently published reports of scam calls and messages, each checked by a moderator.',
};

const PAGE_SIZE = 20;

export default async function LatestReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const before = readReportCursor(firstParam((await searchParams).before));
  const { rows, next } = await listPublishedReports(await getDb(), { before, limit: PAGE_SIZE });

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Latest scam reports</h1>
      <p className="max-w-3xl text-slate-700">
        Newest first. Personal details are removed before publication, and the number shown on a caller’s screen may have
        been faked. Follow new reports in a feed reader with the <a href="/feeds/latest.xml">Atom feed</a>.
      </p>
      {rows.length === 0 ? (
        <p>{before ? 'There are no older reports.' : 'No reports have been published yet.'}</p>
      ) : (
        <ol className="grid gap-4 md:grid-cols-2">
          {rows.map((report) => (
            <li key={report.reference}>
              <ReportCard report={report} headingLevel="h2" />
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Pages" className="flex flex-wrap gap-4">
        {before ? <Link href="/reports">Newest reports</Link> : null}
        {next ? <Link rel="next" href={`/reports?before=${encodeURIComponent(writeReportCursor(next))}`}>Older reports</Link> : null}
      </nav>
    </div>
  );
}
