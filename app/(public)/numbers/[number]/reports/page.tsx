import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { NumberReports } from '@/components/numbers/number-reports';
import { Pagination } from '@/components/ui/pagination';
import { pageParam, type SearchParams } from '@/lib/params';
import { loadNumber, loadNumberReports, readNumberParam, REPORTS_PER_PAGE } from '@/server/numbers';

type Props = { params: Promise<{ number: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = readNumberParam((await params).number);
  return {
    title: parsed.kind === 'canonical' ? `Older reports about ${parsed.phone.international}` : 'Reports',
    robots: { index: false },
  };
}

export default async function NumberReportsPage({ params, searchParams }: Props) {
  const parsed = readNumberParam((await params).number);
  if (parsed.kind === 'invalid') notFound();
  if (parsed.kind === 'redirect') permanentRedirect(`/numbers/${parsed.e164}/reports`);

  const { phone, summary } = await loadNumber(parsed.phone);
  const count = summary?.reportCount ?? 0;
  const pages = Math.max(1, Math.ceil(count / REPORTS_PER_PAGE));
  const page = pageParam((await searchParams).page, pages);
  const reports = count > 0 ? await loadNumberReports(phone.e164, page) : [];

  return (
    <div className="space-y-6">
      <p>
        <Link href={`/numbers/${phone.e164}`}>← Back to {phone.international}</Link>
      </p>
      <h1 className="text-2xl font-bold">
        Reports about <span className="font-mono">{phone.international}</span>, page {page} of {pages}
      </h1>
      {reports.length === 0 ? (
        <p>No published reports about this number.</p>
      ) : (
        <NumberReports reports={reports} />
      )}
      <Pagination page={page} pages={pages} href={(p) => (p === 1 ? `/numbers/${phone.e164}` : `/numbers/${phone.e164}/reports?page=${p}`)} />
    </div>
  );
}
