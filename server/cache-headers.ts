import type { ServerResponse } from 'node:http';

/**
 * How long a shared cache (a CDN, a proxy) may keep a public page. Next marks a number page
 * cacheable for an hour and stale for a year; this server keeps its own copy that long, because
 * it is emptied the moment a report changes. A CDN is never told, so it may keep a page only as
 * long as a stale page is acceptable: a report taken down leaves every cache that obeys the
 * headers within SHARED_MAX_AGE + SHARED_STALE seconds.
 */
export const SHARED_MAX_AGE = 30;
export const SHARED_STALE = 30;

const originals = new WeakMap<ServerResponse, string>();

/** The Cache-Control a CDN is given for a response Next marked with `value`. */
export function sharedCacheControl(value: string): string {
  const match = /s-maxage=(\d+)/.exec(value);
  if (!match) return value;
  const seconds = Math.min(Number(match[1]), SHARED_MAX_AGE);
  return `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${SHARED_STALE}`;
}

/** Rewrites Next's Cache-Control on the way out, remembering Next's own for the page cache. */
export function limitSharedCaching(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) => {
    if (name.toLowerCase() !== 'cache-control') return setHeader(name, value);
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    originals.set(res, text);
    return setHeader(name, sharedCacheControl(text));
  }) as typeof res.setHeader;
}

/** Next's own Cache-Control for a response, before it was limited for shared caches. */
export function nextCacheControl(res: ServerResponse): string {
  return originals.get(res) ?? String(res.getHeader('cache-control') ?? '');
}
