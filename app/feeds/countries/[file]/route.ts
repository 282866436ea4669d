import { getDb } from '@/db/client';
import { listPublishedReports } from '@/db/queries/reports';
import { FEED_SIZE, feedResponse, renderReportsFeed } from '@/lib/atom-feed';
import { countryName, isSupportedRegion } from '@/lib/phone';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** GET /feeds/countries/<iso>.xml, such as /feeds/countries/in.xml: new reports of one country's numbers. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const code = /^([a-z]{2})\.xml$/i.exec(file)?.[1]?.toUpperCase();
  if (!isSupportedRegion(code)) {
    return new Response('There is no feed at this address. Country feeds are at /feeds/countries/<two-letter country code>.xml, such as /feeds/countries/in.xml.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { rows } = await listPublishedReports(await getDb(), { limit: FEED_SIZE, country: code });
  const base = siteUrl();
  return feedResponse(
    renderReportsFeed({
      title: `Newly published scam reports: numbers from ${countryName(code)}`,
      self: new URL(`/feeds/countries/${code.toLowerCase()}.xml`, base),
      page: new URL(`/numbers?country=${code}&sort=latest`, base),
      reports: rows,
    }),
  );
}
