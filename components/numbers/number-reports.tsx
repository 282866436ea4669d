import { ReportCard } from '@/components/reports/report-card';
import type { NumberRole, PublicReport } from '@/db/queries/reports';

/** A number's reports on its own pages: no number repeated, each marked with the role it played. */
export function NumberReports({ reports }: { reports: Array<PublicReport & { role: NumberRole }> }) {
  return (
    <ol className="space-y-4">
      {reports.map((report) => (
        <li key={report.reference}>
          <ReportCard report={report} role={report.role} showNumber={false} />
        </li>
      ))}
    </ol>
  );
}
