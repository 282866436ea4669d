import { spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import compression from 'compression';
import { scheduleCheckpoints, setDatabaseHandle, type DatabaseHandle } from '@/db/client';
import { scheduleDailyExport } from '@/db/export/schedule';
import { scheduleRetention } from '@/db/retention-schedule';
import { scheduleBackups, serveBackupRequests } from '@/db/backup';
import { scheduleReportEmails } from '@/server/report-mailer';
import { isDatabaseEmpty, loadDemoData } from '@/db/seed/demo';
import { CLIENT_IP_HEADER } from '@/lib/ip';
import { clientAddress, FORWARDING_HEADERS, peerIsTrusted } from '@/lib/proxy-trust';
import { openDataDir } from '@/lib/open-data';
import { AppError } from '@/lib/errors';
import { startCacheBus, type CacheBus } from '@/server/cache-bus';
import { limitSharedCaching } from '@/server/cache-headers';
import { applyToPageCache, pageCache, pageCacheRule, recordPage, sendCachedPage, type PageCacheRule } from '@/server/page-cache';
import { isDatabaseDown, watchDatabase } from '@/server/database-watch';
import { answerNumberPage } from '@/server/number-pages';
import { PageTemplates } from '@/server/page-templates';
import { answerPartialSearch } from '@/server/search-pages';
import { checkFormPost, isFormPost, refuse } from '@/server/action-guard';
import { PLAIN_PAGE_POLICY, renderWithPlaceholderNonce, secureResponse } from '@/server/content-security';
import { isTemplatePath } from '@/lib/page-template';
import { INTERNAL_HEADER, internalSecret, startDraining } from '@/server/process-state';
import { requestRegion } from '@/lib/region';
import { derivedKey, portalSecret } from '@/lib/secrets';
import { settings } from '@/lib/settings';
import { errorFields, logger, routeConsoleToLog, useReadableLog } from '@/lib/logger';
import { metrics } from '@/server/metrics';
import { answerMetrics, requestId, watchRequest } from '@/server/request-log';
import { createDemoAdminIfNone } from './lib/staff';
import { loadEnv, openMigratedDatabase, ROOT, runCli } from './lib/cli';

/**
 * `npm start` and `npm run dev`. One process owns the database: it takes the embedded database's
 * lock, migrates, loads demo data into a new embedded database, builds if the build is missing
 * or older than the source, then serves Next.js from the same process. On PostgreSQL,
 * `WEB_CONCURRENCY=N` forks N such processes sharing the port (node:cluster).
 */
const dev = process.argv.includes('--dev');
/** How long a stopping server lets requests in flight finish. */
const DRAIN_MS = 10_000;

runCli(async () => {
  loadEnv(dev);
  Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' });
  // JSON lines in production, Next's own messages included; readable lines in development.
  if (dev) useReadableLog();
  else routeConsoleToLog();
  const { webConcurrency, database } = settings();
  if (webConcurrency > 1 && (database.engine !== 'postgres' || dev)) {
    throw new AppError(
      'INVALID_SETTINGS',
      dev
        ? 'WEB_CONCURRENCY is for `npm start`; `npm run dev` runs one process.'
        : `WEB_CONCURRENCY=${webConcurrency} needs PostgreSQL: the embedded database can be opened by one process only. Set DATABASE_URL, or leave WEB_CONCURRENCY at 1.`,
    );
  }
  if (webConcurrency > 1 && cluster.isPrimary) return startPrimary(webConcurrency);
  return startServer({ worker: cluster.isWorker });
});

/** Migrates and builds once, then keeps `count` server processes running until told to stop. */
async function startPrimary(count: number): Promise<void> {
  const handle = await openMigratedDatabase();
  await handle.close();
  buildIfStale();
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger().error({ pid: worker.process.pid, exit: signal ?? code }, 'a server process ended; starting another');
    setTimeout(fork, 1_000).unref();
  });
  for (let i = 0; i < count; i += 1) fork();
  logger().info({ processes: count }, `started ${count} server processes (WEB_CONCURRENCY=${count})`);
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    const force = setTimeout(() => process.exit(1), DRAIN_MS + 5_000);
    force.unref();
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

async function startServer({ worker }: { worker: boolean }): Promise<void> {
  const { port, host, proxyTrust, openDataExport, portalSecret: configuredSecret, database } = settings();

  // A request's statement gives up after 15 s on PostgreSQL; the migrations and the scripts' bulk
  // loads and index builds run without that limit.
  const handle = await openMigratedDatabase({ statementTimeoutMs: 15_000 });
  portalSecret();
  // Auth.js refuses to run without a secret; by default it gets one derived from the portal's.
  // Auth.js reads its own variable from the environment.
  if (!process.env.AUTH_SECRET) process.env.AUTH_SECRET = derivedKey('auth-secret');
  if (!configuredSecret && handle.engine === 'postgres' && !worker) {
    logger().warn('PORTAL_SECRET is not set: using a key kept in the data folder. Set it, the same on every machine, when you run servers on more than one.');
  }
  setDatabaseHandle(handle);
  metrics().pool.current = handle.pool;
  handle.observeQueries((seconds) => metrics().queryDuration.observe(seconds));
  await loadDemoDataIfNew(handle);
  if (!dev && !worker) buildIfStale();
  const stopWatch = database.engine === 'postgres' ? watchDatabase(database.url) : () => {};

  const { default: next } = await import('next');
  const app = next({ dev, dir: ROOT, hostname: host === '0.0.0.0' ? 'localhost' : host, port });
  await app.prepare();
  const handler = app.getRequestHandler();
  const pages = pageCache();
  const serve = (req: http.IncomingMessage, res: http.ServerResponse) =>
    handler(req, res).catch((error: unknown) => {
      logger().error({ ...errorFields(error), reqId: res.getHeader('x-request-id') }, 'unhandled request error');
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  // Next.js compresses nothing (next.config.js): the server does, so that it sees each page's
  // markup on the way out and can give it its nonce (server/content-security.ts).
  const compress = compression();
  // Kept pages are recorded as Next.js wrote them, so the recorder wraps the response last.
  const answer = (req: http.IncomingMessage, res: http.ServerResponse, rule?: PageCacheRule) => {
    compress(req as never, res as never, () => {});
    if (!req.url?.startsWith('/_next/static/')) secureResponse(req, res, { dev });
    if (rule) recordPage(res, rule, pages);
    serve(req, res);
  };
  // A private port that only this process knows renders the page templates and, with
  // PostgreSQL, empties Next's cache when another process that shares the database changed it.
  let internal: http.Server | null = null;
  if (!dev) {
    internal = http.createServer((req, res) => {
      if (req.url === '/api/internal/revalidate') return serve(req, res);
      if (req.headers[INTERNAL_HEADER] === internalSecret() && isTemplatePath(req.url ?? '')) {
        limitSharedCaching(res);
        renderWithPlaceholderNonce(req);
        return serve(req, res);
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => internal!.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve));
  }
  const internalPort = () => (internal!.address() as AddressInfo).port;
  const templates = new PageTemplates(internalPort);
  const https = settings().siteUrl.protocol === 'https:';
  const server = http.createServer((req, res) => {
    // The app reads the client's address from this header only; whatever a client sent under
    // that name is overwritten. The forwarding headers count only from a trusted proxy
    // (TRUST_PROXY): from anyone else they are dropped, so that nobody can claim another
    // address, or another host to pass the server actions' origin check.
    const forwarded = req.headers['x-forwarded-for'];
    const ip = clientAddress(proxyTrust, req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(',') : forwarded);
    if (ip) req.headers[CLIENT_IP_HEADER] = ip;
    else delete req.headers[CLIENT_IP_HEADER];
    const trusted = peerIsTrusted(proxyTrust, req.socket.remoteAddress);
    if (!trusted) {
      if (forwarded !== undefined) warnUntrustedProxy(proxyTrust.kind === 'none');
      for (const name of FORWARDING_HEADERS) delete req.headers[name];
    }
    const reqId = requestId(req, trusted);
    const cacheResult = watchRequest(req, res, reqId);
    if (req.method === 'GET' && (req.url === '/metrics' || req.url?.startsWith('/metrics?'))) {
      answerMetrics(req, res).catch((error: unknown) => {
        logger().error({ ...errorFields(error), reqId }, 'metrics failed');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      return;
    }
    if (!wellFormedPath(req.url)) req.url = literalPercents(req.url!);
    // This process's own requests come through its private port only; and the site uses no
    // next/image, so its image optimiser (which would fetch and resize on request) is not served.
    if (req.url?.startsWith('/api/internal/') || req.url?.startsWith('/_next/image')) {
      res.writeHead(404).end();
      return;
    }
    // Without a database nothing but the build's files can be answered: say so at once.
    if (isDatabaseDown() && !req.url?.startsWith('/_next/static/') && !req.url?.startsWith('/api/health')) {
      sendUnavailable(req, res);
      return;
    }
    // Over https (the public address, or a trusted proxy that says so), browsers are told to
    // use nothing else for a year.
    if (https || req.headers['x-forwarded-proto'] === 'https') res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // A form posted from another site is refused here, with a 403, before Next.js (which would
    // refuse a server action with a 500). The API is meant for other sites and checks nothing here.
    if (crossSitePost(req)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Refused: this form was sent from another site.');
      return;
    }
    // Form posts and action calls are read whole first: too large is a 413, not a form is a 400.
    if (isFormPost(req)) {
      checkFormPost(req).then(
        (verdict) => (verdict.ok ? answer(verdict.request, res) : refuse(res, verdict)),
        () => {
          if (!res.headersSent) res.writeHead(400, { connection: 'close' });
          res.end();
        },
      );
      return;
    }
    // A template's address is this process's own (see lib/page-template.ts).
    if (isTemplatePath(req.url ?? '')) {
      res.writeHead(404).end();
      return;
    }
    if (!dev) limitSharedCaching(res);
    const rule = dev ? null : pageCacheRule(req, () => visitorRegion(req));
    if (!rule) return answer(req, res);
    const render = () => {
      cacheResult('miss');
      answer(req, res, rule);
    };
    const fromTemplate = () => {
      pages.renderingInto(rule.key, res);
      answerNumberPage(req, res, { cacheKey: rule.key, pages, templates })
        .then((answered) => answered || answerPartialSearch(req, res, { rule, pages, templates }))
        .then(
          (answered) => (answered ? cacheResult('template') : render()),
          (error: unknown) => {
            logger().error({ ...errorFields(error), reqId }, 'a page template failed, rendering the page through Next.js instead');
            if (!res.headersSent) render();
          },
        );
    };
    const fromCache = (waited: boolean): void => {
      // A visitor who left while waiting needs nothing rendered.
      if (res.destroyed) return;
      const cached = pages.get(rule.key);
      if (cached) {
        cacheResult(waited ? 'shared' : 'hit');
        return sendCachedPage(req, res, cached);
      }
      // Another visitor's request is rendering this page: wait for it, since its answer is
      // likely to be kept. One render of a page is under way at a time.
      const underWay = pages.rendering(rule.key);
      if (underWay) return void underWay.then(() => fromCache(true));
      fromTemplate();
    };
    fromCache(false);
  });
  server.keepAliveTimeout = 65_000;
  // The site has no WebSocket or other protocol upgrade (only development's live reload): such a
  // request gets a plain 400 and a closed connection, not a silently dropped one.
  const upgrade = dev ? app.getUpgradeHandler() : null;
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (upgrade && req.url?.startsWith('/_next/')) return void upgrade(req, socket, head);
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: 37\r\n\r\nThis site answers no protocol upgrade');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });

  let bus: CacheBus | null = null;
  if (database.engine === 'postgres' && internal) {
    bus = await startCacheBus({
      url: database.url,
      apply: async (message) => {
        applyToPageCache(message);
        if ('all' in message) templates.clear();
        const answer = await fetch(`http://127.0.0.1:${internalPort()}/api/internal/revalidate`, {
          method: 'POST',
          headers: { [INTERNAL_HEADER]: internalSecret(), 'content-type': 'application/json' },
          body: JSON.stringify(message),
        });
        if (!answer.ok) throw new Error(`revalidation answered ${answer.status}`);
      },
    });
  }

  logger().info({ port, engine: handle.engine, database: handle.location, pid: process.pid }, `Scam-number portal ready on http://localhost:${port} (${handle.engine}: ${handle.location}${worker ? `, process ${process.pid}` : ''})`);
  const stopExports = openDataExport ? scheduleDailyExport(handle.db, openDataDir()) : () => {};
  const stopEmails = scheduleReportEmails(handle.db);
  const stopRetention = scheduleRetention(handle.db, settings().retention);
  // The embedded database: `npm run db:backup` asks this process, which holds it, for a backup;
  // and it writes one a day.
  if (database.engine === 'pglite') serveBackupRequests(database.dir, handle);
  const { backups } = settings();
  const stopBackups = database.engine === 'pglite' && backups.daily ? scheduleBackups(handle, backups) : () => {};
  const stopCheckpoints = scheduleCheckpoints(handle);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Drain: health checks fail at once, no new connection is taken, and the requests in flight
    // get up to DRAIN_MS to finish before the database closes.
    startDraining();
    logger().info({ signal }, 'finishing the requests in flight, then closing the database');
    const force = setTimeout(() => process.exit(1), DRAIN_MS + 2_000);
    force.unref();
    stopExports();
    stopEmails();
    stopRetention();
    stopBackups();
    stopCheckpoints();
    stopWatch();
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const idle = setInterval(() => server.closeIdleConnections(), 250);
    await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, DRAIN_MS))]);
    clearInterval(idle);
    server.closeAllConnections();
    internal?.close();
    await bus?.close();
    await app.close().catch(() => {});
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back in a moment · Scam Number Check</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a}h1{font-size:1.8rem}p.tip{background:#eff6ff;padding:1rem;border-radius:.5rem}</style>
</head><body><main>
<h1>The site is not answering right now</h1>
<p>Its database is out of reach for a moment. Please try again in a minute: nothing you sent before was lost.</p>
<p class="tip">If you are worried about a call right now: do not share any code or PIN, do not move money, and hang up. Call your bank on the number printed on your card.</p>
</main></body></html>`;

/** A POST whose Origin is not this site (the host the visitor asked for, or a trusted proxy's X-Forwarded-Host). */
function crossSitePost(req: http.IncomingMessage): boolean {
  if (req.method !== 'POST' || req.url?.startsWith('/api/')) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const forwardedHost = req.headers['x-forwarded-host'];
  const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost)?.split(',')[0]?.trim() || req.headers.host;
  return originHost.toLowerCase() !== String(host ?? '').toLowerCase();
}

let warnedAboutProxy = false;

/** Said once: behind a proxy nobody told the server about, every visitor shares the proxy's address. */
function warnUntrustedProxy(noneTrusted: boolean): void {
  if (warnedAboutProxy) return;
  warnedAboutProxy = true;
  logger().warn(
    noneTrusted
      ? '[server] Requests arrive with X-Forwarded-For, but TRUST_PROXY is 0: the header is ignored. Behind a reverse proxy, every visitor then shares its address, and the limit of reports an hour applies to the whole site. Set TRUST_PROXY (see the README).'
      : '[server] A request came with X-Forwarded-For from a peer TRUST_PROXY does not list: its forwarding headers were ignored.',
  );
}

/** The answer while the database is down: a plain page, or JSON for the API, both 503. */
function sendUnavailable(req: http.IncomingMessage, res: http.ServerResponse): void {
  const api = req.url?.startsWith('/api/');
  res.writeHead(503, {
    'content-type': api ? 'application/json' : 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': PLAIN_PAGE_POLICY,
    'retry-after': '30',
  });
  res.end(api ? JSON.stringify({ error: { code: 'unavailable', message: 'The database is not answering. Try again in a minute.' } }) : UNAVAILABLE_PAGE);
}

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
  logger().info({ numbers: loaded.numbers, reports: loaded.reports, ms: Date.now() - started }, 'new embedded database: loaded demo data');
  const admin = await createDemoAdminIfNone(handle.db);
  if (!admin) return;
  // A password never goes into the log: it is written to a file only its owner can read, and
  // shown on the terminal when a person is watching one.
  const file = path.join(path.dirname(path.resolve(settings().pgliteDir)), 'demo-admin.txt');
  fs.writeFileSync(file, `email:    ${admin.email}\npassword: ${admin.password}\n`, { mode: 0o600 });
  logger().info({ file }, `demo admin ${admin.email} created for http://localhost:${settings().port}/login: its password is in ${file}`);
  if (process.stdout.isTTY) process.stdout.write(`\nDemo admin for http://localhost:${settings().port}/login (note it now):\n  email:    ${admin.email}\n  password: ${admin.password}\n\n`);
}

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'server', 'public'];
const SOURCE_FILES = ['next.config.js', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

function buildIfStale(): void {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (builtAt > 0 && newestSourceChange() <= builtAt) return;
  logger().info(builtAt ? 'The source changed since the last build: building…' : 'No production build yet: building (this takes a minute or two)…');
  // The build's own output goes into the log too, a line at a time, once it is done.
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 });
  for (const line of `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n')) if (line.trim()) logger().info({ source: 'next build' }, line.trimEnd());
  if (result.status !== 0) throw new Error('`next build` failed; see the log above.');
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
