import { OFFICIAL_SOURCE_INFO } from '@/db/constants';
import type { OfficialSummary } from '@/db/queries/official-complaints';
import { formatDate, pluralize } from '@/lib/format';

/** What official complaint data says about a number, kept apart from the community's reports. */
export function OfficialComplaints({ summaries }: { summaries: OfficialSummary[] }) {
  if (summaries.length === 0) return null;
  return (
    <section aria-labelledby="official-heading" className="space-y-2 rounded-lg bg-white p-5 ring-1 ring-slate-200">
      <h2 id="official-heading" className="text-xl font-bold">Complaints to official bodies</h2>
      <ul className="list-disc space-y-1 pl-5">
        {summaries.map((summary) => {
          const info = OFFICIAL_SOURCE_INFO[summary.source];
          return (
            <li key={summary.source}>
              <strong>{pluralize(summary.complaints, 'complaint')} to {info.shortName}</strong>, last on {formatDate(summary.lastReportedOn)}
              {summary.complaints > 1 ? ` (first on ${formatDate(summary.firstReportedOn)})` : ''}
              {summary.topSubject ? `; most often about “${summary.topSubject}”` : ''}
              {summary.robocalls > 0 ? `; ${pluralize(summary.robocalls, 'complaint')} mentioned a recorded message or robocall` : ''}.{' '}
              <a href={info.url}>About this data</a>
            </li>
          );
        })}
      </ul>
      <p className="text-sm text-slate-600">
        These are complaints people made to an official body, which publishes them as open data without checking them. They are
        counted apart from the reports on this site, and the same warning applies: the number may have been faked on the
        caller’s screen.
      </p>
    </section>
  );
}
