import { getDb } from '@/db/client';
import { countReportedNumbers } from '@/db/queries/phone-numbers';
import { renderSitemapIndex, SITEMAP_LIMIT, XML_HEADERS } from '@/lib/sitemap';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** A sitemap index: the site's pages, then reported numbers in files of 50,000. */
export async function GET() {
  const base = siteUrl();
  const files = Math.ceil((await countReportedNumbers(await getDb())) / SITEMAP_LIMIT);
  const locations = [new URL('/sitemaps/pages.xml', base).toString()];
  for (let i = 0; i < files; i += 1) locations.push(new URL(`/sitemaps/numbers-${i + 1}.xml`, base).toString());
  return new Response(renderSitemapIndex(locations), { headers: XML_HEADERS });
}
