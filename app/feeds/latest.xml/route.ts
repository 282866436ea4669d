import { getDb } from '@/db/client';
import { listPublishedReports } from '@/db/queries/reports';
import { FEED_SIZE, feedResponse, renderReportsFeed } from '@/lib/atom-feed';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** GET /feeds/latest.xml: the newest published reports, as an Atom feed. */
export async function GET() {
  const { rows } = await listPublishedReports(await getDb(), { limit: FEED_SIZE });
  const base = siteUrl();
  return feedResponse(
    renderReportsFeed({
      title: 'Newly published scam reports',
      self: new URL('/feeds/latest.xml', base),
      page: new URL('/reports', base),
      reports: rows,
    }),
  );
}
