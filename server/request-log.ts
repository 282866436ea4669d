import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { logger } from '@/lib/logger';
import { settings } from '@/lib/settings';
import { metrics, routeGroup } from './metrics';

/**
 * How a public page was answered: from the page cache, from the page cache once another
 * request's render of it was done, a page template, a render, or none of these.
 */
export type CacheResult = 'hit' | 'shared' | 'template' | 'miss' | 'none';

/** A trusted proxy's request id when it sent a sane one, else a new one. */
export function requestId(req: IncomingMessage, fromTrustedProxy: boolean): string {
  const given = req.headers['x-request-id'];
  if (fromTrustedProxy && typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given)) return given;
  return randomUUID();
}

/** The path as logged: no query string, and no secret kept in a path (an invitation's token). */
export function logPath(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0]!.slice(0, 200);
  return path.replace(/^\/login\/invite\/[^/]+/, '/login/invite/:token');
}

/**
 * Logs a request when its answer is done (or the client gave up), and times it for the
 * metrics. Returns the setter for how the page cache answered it.
 */
export function watchRequest(req: IncomingMessage, res: ServerResponse, reqId: string): (cache: CacheResult) => void {
  const started = performance.now();
  let cache: CacheResult = 'none';
  res.setHeader('x-request-id', reqId);
  res.once('close', () => {
    const path = logPath(req.url);
    const seconds = (performance.now() - started) / 1000;
    const group = routeGroup(path);
    metrics().requestDuration.observe({ group, method: req.method ?? 'GET', status: String(res.statusCode) }, seconds);
    if (cache !== 'none') metrics().pageCache.inc({ result: cache });
    const line = { reqId, method: req.method, path, status: res.statusCode, ms: Math.round(seconds * 10_000) / 10, cache, ...(res.writableFinished ? {} : { aborted: true }) };
    // The build's files are many and alike: only at debug level.
    if (group === 'static') logger().debug(line, 'request');
    else logger().info(line, 'request');
  });
  return (result) => {
    cache = result;
  };
}

/**
 * `GET /metrics`, for Prometheus: only with `Authorization: Bearer $METRICS_TOKEN`, and not at
 * all (404) while no token is set. Answered by the server itself, before Next.js.
 */
export async function answerMetrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const token = settings().metricsToken;
  if (!token) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Not found');
    return;
  }
  const given = Buffer.from(String(req.headers.authorization ?? ''));
  const expected = Buffer.from(`Bearer ${token}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'www-authenticate': 'Bearer realm="metrics"' }).end('A metrics token is needed.');
    return;
  }
  const { registry } = metrics();
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(body);
}
