import http from 'node:http';
import { loadNumber, loadNumberReports } from '@/server/numbers';
import { openMigratedDatabase, setDatabaseHandle } from '@/db/client';
import { browseNumbers, searchNumbersByDigits, type BrowseCursor } from '@/db/queries/phone-numbers';
import { getPublicTotals, listLatestReports } from '@/db/queries/reports';
import { DEMO_DATA_KEY, getSiteMeta } from '@/db/queries/site-meta';
import { parsePhone } from '@/lib/phone';
import { classifySearch } from '@/lib/search';
import { defaultRegion } from '@/lib/site';
import { runCli } from '../lib/cli';

/**
 * The bench's limit: a bare node:http server that runs the same queries as the portal's public
 * pages, through the same driver and database, and writes a small HTML page. No framework, no
 * rendering, no caching: what is left when everything but the data is taken away.
 */
runCli(async () => {
  const handle = await openMigratedDatabase();
  setDatabaseHandle(handle);
  const { db } = handle;

  const routes = async (url: URL): Promise<{ status: number; body: string; location?: string }> => {
    if (url.pathname === '/') {
      const [latest, totals, demo] = await Promise.all([listLatestReports(db, { limit: 8 }), getPublicTotals(db), getSiteMeta(db, DEMO_DATA_KEY)]);
      return { status: 200, body: page('Home', { latest, totals, demo }) };
    }
    if (url.pathname === '/search') {
      const outcome = classifySearch(url.searchParams.get('q') ?? '', defaultRegion());
      if (outcome.kind === 'number') return { status: 307, body: '', location: `/numbers/${outcome.phone.e164}` };
      const results = outcome.kind === 'partial' ? await searchNumbersByDigits(db, { digits: outcome.digits, page: 1, pageSize: 25 }) : null;
      return { status: 200, body: page('Search', { outcome, results }) };
    }
    if (url.pathname === '/numbers') {
      const raw = url.searchParams.get('after')?.match(/^(\d{4}-\d{2}-\d{2})~(\+\d+)$/);
      const after: BrowseCursor | null = raw ? { key: raw[1]!, e164: raw[2]! } : null;
      const result = await browseNumbers(db, { country: url.searchParams.get('country') ?? undefined, sort: 'latest', since: null, after, limit: 25 });
      return { status: 200, body: page('Numbers', result) };
    }
    const number = /^\/numbers\/([^/]+)$/.exec(url.pathname);
    if (number) {
      const parsed = parsePhone(decodeURIComponent(number[1]!), defaultRegion());
      if (!parsed.ok) return { status: 404, body: page('Not a number', parsed.error) };
      // The number page's own loaders: the same queries, without the rendering.
      const data = await loadNumber(parsed.phone);
      const reports = data.summary?.reportCount ? await loadNumberReports(parsed.phone.e164, 1) : [];
      return { status: 200, body: page(parsed.phone.e164, { ...data, reports }) };
    }
    if (url.pathname === '/api/health') return { status: 200, body: 'ok' };
    return { status: 404, body: page('Not found', null) };
  };

  const server = http.createServer((req, res) => {
    routes(new URL(req.url ?? '/', 'http://localhost'))
      .then(({ status, body, location }) => {
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...(location ? { location } : {}) });
        res.end(body);
      })
      .catch((error: unknown) => {
        console.error(error);
        res.writeHead(500).end();
      });
  });
  server.keepAliveTimeout = 65_000;
  const port = Number(process.env.PORT ?? 3211);
  server.listen(port, '127.0.0.1', () => console.log(`baseline ready on http://127.0.0.1:${port}`));
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void handle.close().then(() => process.exit(0));
  });
});

function page(title: string, data: unknown): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1><pre>${escape(JSON.stringify(data, null, 1))}</pre></body></html>`;
}
