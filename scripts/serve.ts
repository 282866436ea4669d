import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { setDatabaseHandle, type DatabaseHandle } from '@/db/client';
import { scheduleDailyExport } from '@/db/export/schedule';
import { scheduleReportEmails } from '@/server/report-mailer';
import { isDatabaseEmpty, loadDemoData } from '@/db/seed/demo';
import { CLIENT_IP_HEADER, clientIpFrom } from '@/lib/ip';
import { openDataDir } from '@/lib/open-data';
import { pageCache, pageCacheRule, recordPage, sendCachedPage } from '@/server/page-cache';
import { requestRegion } from '@/lib/region';
import { derivedKey, portalSecret } from '@/lib/secrets';
import { settings } from '@/lib/settings';
import { createDemoAdminIfNone } from './lib/staff';
import { loadEnv, openMigratedDatabase, ROOT, runCli } from './lib/cli';

/**
 * `npm start` and `npm run dev`. One process owns the database: it takes the embedded database's
 * lock, migrates, loads demo data into a new embedded database, builds if the build is missing
 * or older than the source, then serves Next.js from the same process.
 */
const dev = process.argv.includes('--dev');

runCli(async () => {
  loadEnv(dev);
  Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' });
  const { port, host, trustedProxyHops, openDataExport, portalSecret: configuredSecret } = settings();

  const handle = await openMigratedDatabase();
  portalSecret();
  // Auth.js refuses to run without a secret; by default it gets one derived from the portal's.
  // Auth.js reads its own variable from the environment.
  if (!process.env.AUTH_SECRET) process.env.AUTH_SECRET = derivedKey('auth-secret');
  if (!configuredSecret && handle.engine === 'postgres') {
    console.warn('PORTAL_SECRET is not set: using a key kept in the data folder. Set it when you run more than one server.');
  }
  setDatabaseHandle(handle);
  await loadDemoDataIfNew(handle);
  if (!dev) buildIfStale();

  const { default: next } = await import('next');
  const app = next({ dev, dir: ROOT, hostname: host === '0.0.0.0' ? 'localhost' : host, port });
  await app.prepare();
  const handler = app.getRequestHandler();
  const pages = pageCache();
  const server = http.createServer((req, res) => {
    // The app reads the client's address from this header only; whatever a client sent under
    // that name is overwritten, and X-Forwarded-For counts only from trusted proxies.
    const forwarded = req.headers['x-forwarded-for'];
    const ip = clientIpFrom(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, trustedProxyHops);
    if (ip) req.headers[CLIENT_IP_HEADER] = ip;
    else delete req.headers[CLIENT_IP_HEADER];
    if (!wellFormedPath(req.url)) req.url = literalPercents(req.url!);
    const rule = dev ? null : pageCacheRule(req, () => visitorRegion(req));
    if (rule) {
      const cached = pages.get(rule.key);
      if (cached) return sendCachedPage(req, res, cached);
      recordPage(res, rule, pages);
    }
    handler(req, res).catch((error: unknown) => {
      console.error('[server] unhandled request error', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  console.log(`Scam-number portal ready on http://localhost:${port} (${handle.engine}: ${handle.location})`);
  const stopExports = openDataExport ? scheduleDailyExport(handle.db, openDataDir()) : () => {};
  const stopEmails = scheduleReportEmails(handle.db);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: closing the server and the database…`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    stopExports();
    stopEmails();
    server.close();
    server.closeAllConnections();
    await app.close().catch(() => {});
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
});

/** Next.js fails with a 500 on an address whose %-escapes do not decode, such as `/numbers/%E0%A4%A`. */
function wellFormedPath(url: string | undefined): boolean {
  try {
    decodeURIComponent((url ?? '/').split('?')[0]!);
    return true;
  } catch {
    return false;
  }
}

/** Such an address is read as the text it shows, so the page says what is wrong with it (a 404 or a 400), not a crash. */
function literalPercents(url: string): string {
  const [path = '/', ...query] = url.split('?');
  return [path.replaceAll('%', '%25'), ...query].join('?');
}

/** The region a search is read in, as the proxy and the search page work it out. */
function visitorRegion(req: http.IncomingMessage): string {
  return requestRegion(new URL(req.url ?? '/', 'http://localhost').searchParams.get('country'), req.headers['accept-language']);
}

async function loadDemoDataIfNew(handle: DatabaseHandle): Promise<void> {
  // A PostgreSQL database is someone's real data: demo data goes there only via `npm run db:seed`.
  if (handle.engine !== 'pglite' || !settings().demoData) return;
  if (!(await isDatabaseEmpty(handle.db))) return;
  const started = Date.now();
  const loaded = await loadDemoData(handle.db);
  console.log(`New embedded database: loaded demo data (${loaded.numbers} numbers, ${loaded.reports} reports) in ${Date.now() - started} ms.`);
  const admin = await createDemoAdminIfNone(handle.db);
  if (admin) {
    console.log(`\nDemo admin for http://localhost:${settings().port}/login (shown once, note it now):\n  email:    ${admin.email}\n  password: ${admin.password}\n`);
  }
}

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'public'];
const SOURCE_FILES = ['next.config.js', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

function buildIfStale(): void {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (builtAt > 0 && newestSourceChange() <= builtAt) return;
  console.log(builtAt ? 'The source changed since the last build: building…' : 'No production build yet: building (this takes a minute or two)…');
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`next build` failed; see the output above.');
}

function newestSourceChange(): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!fs.existsSync(target)) return;
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target)) if (!entry.startsWith('.') && entry !== 'node_modules') visit(path.join(target, entry));
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  for (const dir of SOURCE_DIRS) visit(path.join(ROOT, dir));
  for (const file of SOURCE_FILES) visit(path.join(ROOT, file));
  return newest;
}
