import { getDb } from '@/db/client';
import { listReportedNumbersForSitemap } from '@/db/queries/phone-numbers';
import { GUIDES } from '@/lib/guides';
import { renderUrlSet, SITEMAP_LIMIT, XML_HEADERS } from '@/lib/sitemap';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

const PAGES = ['/', '/help', '/guides', ...GUIDES.map((guide) => `/guides/${guide.slug}`), '/numbers', '/reports', '/report', '/stats', '/data', '/developers'];

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const base = siteUrl();
  if (file === 'pages.xml') {
    return new Response(renderUrlSet(PAGES.map((path) => ({ loc: new URL(path, base).toString() }))), { headers: XML_HEADERS });
  }
  const match = file.match(/^numbers-([1-9]\d{0,4})\.xml$/);
  if (!match) return new Response('Not found', { status: 404 });
  const rows = await listReportedNumbersForSitemap(await getDb(), { offset: (Number(match[1]) - 1) * SITEMAP_LIMIT, limit: SITEMAP_LIMIT });
  if (rows.length === 0) return new Response('Not found', { status: 404 });
  const entries = rows.map((row) => ({ loc: new URL(`/numbers/${row.e164}`, base).toString(), lastmod: row.lastReportedOn }));
  return new Response(renderUrlSet(entries), { headers: XML_HEADERS });
}
