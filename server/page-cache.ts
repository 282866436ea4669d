import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { settings } from '@/lib/settings';
import type { CacheMessage } from './cache-bus';
import { nextCacheControl } from './cache-headers';
import { acceptsGzip, contentSecurityPolicy, gzipWithNonce, newNonce, nonceableBody, nonceableSize, plainWithNonce, type NonceableBody } from './content-security';

/**
 * Whole responses of public pages, kept in the server process and sent as they are.
 *
 * Serving a page Next.js keeps (on-demand ISR) still runs its router and response pipeline,
 * which costs more than the database query behind the page. This cache sits in front of Next.js
 * in the custom server: a repeat visit is one map lookup and one write. It keeps pages Next
 * rendered and pages filled in from their templates (`server/page-templates.ts`) alike.
 *
 * - Number pages (`/numbers/+<digits>`) are kept as long as Next would keep them (an hour).
 * - The home page, the browse and latest-reports lists, partial searches, the statistics and
 *   the feeds are the same for every visitor; they are kept for a minute.
 * - Guides are kept for an hour.
 *
 * A moderation decision empties the number's entries and every list together with Next's own
 * cache (`revalidateNumberPages`), so a decision shows on the next request. Only plain GETs are
 * kept: never a client navigation (RSC), a prefetch, a response that sets a cookie, or an answer
 * other than 200. Search results are also keyed by the region the visitor's browser gives,
 * because a number typed without a country code is read in that region.
 */
export interface CachedPage {
  status: number;
  headers: OutgoingHttpHeaders;
  /** Kept as rendered, with the nonce placeholder: each answer gets a nonce of its own. */
  body: NonceableBody;
  etag: string | null;
  expiresAt: number;
}

const NUMBER_PAGE = /^\/numbers\/\+[1-9]\d{5,14}$/;
const LIST_PAGE = /^\/(?:numbers|reports|search|stats)?(?:\?[^#]{0,500})?$/;
const FEED = /^\/feeds\/(?:latest|countries\/[a-z]{2})\.xml$/;
const GUIDE = /^\/guides(?:\/[a-z0-9-]{1,80})?$/;
const LIST_SECONDS = 60;
/** Guides change only with a new version of the site. */
const GUIDE_SECONDS = 3_600;
/** Headers that mark a request from the client router, or one asking for part of a page. */
const SKIP_REQUEST_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url', 'range', 'x-middleware-subrequest'];
/**
 * Not kept with a page: they belong to the connection, or to the answer (HSTS depends on how the
 * request arrived; the encoding on what the browser accepts; the policy holds the answer's nonce).
 */
const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'content-security-policy', 'strict-transport-security']);
const MAX_AGE_SECONDS = 3_600;
/** The longest a visitor waits for another request's render of the same page. */
const RENDER_WAIT_MS = 10_000;

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private readonly renders = new Map<string, Promise<void>>();
  private bytes = 0;
  /**
   * Counts the invalidations. A page read from the database before a decision must not be kept
   * after the decision emptied the cache: whoever renders one notes this first, and passes it to `set`.
   */
  generation = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): { pages: number; bytes: number } {
    return { pages: this.entries.size, bytes: this.bytes };
  }

  get(key: string, now = Date.now()): CachedPage | null {
    const page = this.entries.get(key);
    if (!page) return null;
    this.entries.delete(key);
    if (page.expiresAt <= now) {
      this.bytes -= nonceableSize(page.body);
      return null;
    }
    this.entries.set(key, page); // most recently used last
    return page;
  }

  /** Keeps a page, unless something was invalidated since `since` (a `generation` noted before the page was read). */
  set(key: string, page: CachedPage, since = this.generation): void {
    const size = nonceableSize(page.body);
    if (size > this.maxBytes / 4 || since !== this.generation) return;
    this.remove(key);
    this.entries.set(key, page);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= nonceableSize(entry.body);
    }
  }

  /**
   * Notes that `res` is rendering the page kept under `key`, until its answer is done. A burst of
   * visits to a page not yet kept (a number in the news) then costs one render, not one each:
   * the others wait for it (`rendering`) and are answered from the cache.
   */
  renderingInto(key: string, res: ServerResponse): void {
    if (this.renders.has(key) || res.destroyed || res.writableEnded) return;
    // However that answer ends; and should it never end, the others render the page themselves.
    const done = new Promise<void>((resolve) => {
      const hung = setTimeout(resolve, RENDER_WAIT_MS);
      hung.unref();
      res.once('close', () => {
        clearTimeout(hung);
        resolve();
      });
    });
    this.renders.set(key, done);
    void done.then(() => {
      if (this.renders.get(key) === done) this.renders.delete(key);
    });
  }

  /** The render of the page kept under `key` under way, if one is. */
  rendering(key: string): Promise<void> | null {
    return this.renders.get(key) ?? null;
  }

  /** Forgets every kept variant of a page. */
  invalidate(pathname: string): void {
    this.generation += 1;
    for (const key of [...this.entries.keys()]) if (key.startsWith(`${pathname}\n`)) this.remove(key);
  }

  /** Forgets the home page, the lists and the searches: everything but number pages. */
  invalidateLists(): void {
    this.generation += 1;
    for (const key of [...this.entries.keys()]) if (!key.startsWith('/numbers/+')) this.remove(key);
  }

  /** Forgets everything. */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= nonceableSize(entry.body);
  }
}

// The custom server and Next's bundles load this module separately; they share the cache
// through globalThis, like the database handle.
const CACHE_KEY = Symbol.for('scam-number-portal.page-cache');
type GlobalWithCache = typeof globalThis & { [CACHE_KEY]?: PageCache };

export function pageCache(): PageCache {
  const global = globalThis as GlobalWithCache;
  global[CACHE_KEY] ??= new PageCache(settings().pageCacheBytes);
  return global[CACHE_KEY];
}

export interface PageCacheRule {
  key: string;
  /** Kept for this long whatever Next says; null: only what Next marked cacheable, as long as it says. */
  seconds: number | null;
}

/** How to keep the answer to a request, or null when the request must simply go to Next.js. */
export function pageCacheRule(req: IncomingMessage, region: () => string): PageCacheRule | null {
  if (req.method !== 'GET' || !req.url) return null;
  if (SKIP_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  if (NUMBER_PAGE.test(req.url)) return { key: `${req.url}\n`, seconds: null };
  if (GUIDE.test(req.url)) return { key: `${req.url}\n`, seconds: GUIDE_SECONDS };
  if (!LIST_PAGE.test(req.url) && !FEED.test(req.url)) return null;
  const search = req.url.startsWith('/search') ? `\n${region()}` : '';
  return { key: `${req.url}\n${search}`, seconds: LIST_SECONDS };
}

/** Empties this process's page cache of what a change touched: some numbers and every list, or everything. */
export function applyToPageCache(message: CacheMessage): void {
  if ('all' in message) {
    pageCache().clear();
    return;
  }
  for (const e164 of message.e164s) pageCache().invalidate(`/numbers/${e164}`);
  pageCache().invalidateLists();
}

/**
 * Sends a kept page with a nonce of its own, gzipped when the browser takes it; or a 304 when
 * the browser already has the page (it keeps the policy that came with its copy).
 */
export function sendCachedPage(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  if (page.etag && req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, { etag: page.etag, 'cache-control': page.headers['cache-control'] ?? 'no-cache' });
    res.end();
    return;
  }
  const nonce = newNonce();
  const gzip = acceptsGzip(req);
  const body = gzip ? gzipWithNonce(page.body, nonce) : plainWithNonce(page.body, nonce);
  res.writeHead(page.status, {
    ...page.headers,
    'content-security-policy': contentSecurityPolicy(nonce),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    'content-length': body.length,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Lets the response go out as usual, and keeps a copy if it may be served again: the body as
 * Next.js wrote it, so call this after the wrappers that compress it and give it its nonce.
 */
export function recordPage(res: ServerResponse, rule: PageCacheRule, cache: PageCache): void {
  const since = cache.generation;
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as typeof res.end;
  res.once('finish', () => {
    if (res.statusCode !== 200 || res.getHeader('set-cookie') !== undefined) return;
    let seconds = rule.seconds;
    if (seconds === null) {
      // A STALE answer is Next's old copy while it renders a new one in the background: not kept.
      const nextCache = String(res.getHeader('x-nextjs-cache') ?? '');
      const sharedMaxAge = Number(/s-maxage=(\d+)/.exec(nextCacheControl(res))?.[1] ?? 0);
      if (sharedMaxAge <= 0 || !['HIT', 'MISS'].includes(nextCache)) return;
      seconds = Math.min(sharedMaxAge, MAX_AGE_SECONDS);
    }
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(res.getHeaders())) if (!HOP_HEADERS.has(name) && value !== undefined) headers[name] = value;
    const etag = typeof headers.etag === 'string' ? headers.etag : null;
    cache.set(rule.key, { status: 200, headers, body: nonceableBody(Buffer.concat(chunks)), etag, expiresAt: Date.now() + seconds * 1000 }, since);
  });
}
