import { EventEmitter } from 'node:events';
import { IncomingMessage, type ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { nonceableBody, nonceableSize } from './content-security';
import { PageCache, pageCacheRule, type CachedPage } from './page-cache';

const page = (bytes: number, expiresAt = Date.now() + 60_000): CachedPage => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: nonceableBody(Buffer.alloc(bytes, 'x')),
  etag: '"e"',
  expiresAt,
});

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => Object.assign(new IncomingMessage(new Socket()), { url, method, headers });

describe('PageCache', () => {
  it('keeps pages up to its size, dropping the least recently used first', () => {
    const size = nonceableSize(page(200).body);
    const cache = new PageCache(5 * size);
    cache.set('/numbers/+441\n', page(200));
    cache.set('/numbers/+442\n', page(200));
    cache.get('/numbers/+441\n');
    for (let i = 3; i <= 6; i += 1) cache.set(`/numbers/+44${i}\n`, page(200));
    expect(cache.get('/numbers/+441\n')).not.toBeNull();
    expect(cache.get('/numbers/+442\n')).toBeNull();
    expect(cache.size.bytes).toBeLessThanOrEqual(5 * size);
  });

  it('forgets every variant of a page when it is invalidated, and an expired page', () => {
    const cache = new PageCache(10_000);
    cache.set('/numbers/+441\ngzip', page(10));
    cache.set('/numbers/+441\n', page(10));
    cache.set('/numbers/+4412\n', page(10));
    cache.set('/numbers/+449\n', page(10, Date.now() - 1));
    cache.set('/numbers?country=IN\n', page(10));
    cache.invalidate('/numbers/+441');
    cache.invalidateLists();
    expect(cache.get('/numbers?country=IN\n')).toBeNull();
    expect(cache.get('/numbers/+441\ngzip')).toBeNull();
    expect(cache.get('/numbers/+441\n')).toBeNull();
    expect(cache.get('/numbers/+4412\n')).not.toBeNull();
    expect(cache.get('/numbers/+449\n')).toBeNull();
    expect(cache.size).toEqual({ pages: 1, bytes: nonceableSize(page(10).body) });
  });

  it('does not keep a page read before a decision that emptied the cache while it was rendered', () => {
    const cache = new PageCache(10_000);
    const before = cache.generation;
    cache.invalidate('/numbers/+441');
    cache.set('/numbers/+441\n', page(10), before);
    expect(cache.get('/numbers/+441\n')).toBeNull();

    const afterDecision = cache.generation;
    cache.set('/numbers/+441\n', page(10), afterDecision);
    expect(cache.get('/numbers/+441\n')).not.toBeNull();
    // Any decision counts: it also empties the lists the page's render may have read with it.
    const beforeList = cache.generation;
    cache.invalidateLists();
    cache.set('/numbers/+442\n', page(10), beforeList);
    expect(cache.get('/numbers/+442\n')).toBeNull();
  });

  it('tells later visitors that a page is being rendered until that answer is done, then forgets it', async () => {
    const cache = new PageCache(10_000);
    const first = new EventEmitter() as unknown as ServerResponse;
    expect(cache.rendering('/numbers/+441\n')).toBeNull();
    cache.renderingInto('/numbers/+441\n', first);
    const underWay = cache.rendering('/numbers/+441\n');
    expect(underWay).not.toBeNull();
    // A second render of the same page does not replace the first one's promise.
    cache.renderingInto('/numbers/+441\n', new EventEmitter() as unknown as ServerResponse);
    expect(cache.rendering('/numbers/+441\n')).toBe(underWay);
    expect(cache.rendering('/numbers/+442\n')).toBeNull();

    cache.set('/numbers/+441\n', page(10));
    first.emit('close');
    await underWay;
    expect(cache.rendering('/numbers/+441\n')).toBeNull();
    expect(cache.get('/numbers/+441\n')).not.toBeNull();
  });

  it('never makes visitors wait for an answer already gone, nor longer than ten seconds for one that hangs', async () => {
    vi.useFakeTimers();
    try {
      const cache = new PageCache(10_000);
      const gone = Object.assign(new EventEmitter(), { destroyed: true }) as unknown as ServerResponse;
      cache.renderingInto('/numbers/+441\n', gone);
      expect(cache.rendering('/numbers/+441\n')).toBeNull();

      cache.renderingInto('/numbers/+441\n', new EventEmitter() as unknown as ServerResponse);
      const underWay = cache.rendering('/numbers/+441\n');
      await vi.advanceTimersByTimeAsync(9_999);
      expect(cache.rendering('/numbers/+441\n')).toBe(underWay);
      await vi.advanceTimersByTimeAsync(1);
      await underWay;
      expect(cache.rendering('/numbers/+441\n')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('pageCacheRule', () => {
  const rule = (url: string, headers: Record<string, string> = {}, method = 'GET') => pageCacheRule(request(url, headers, method), () => 'IN');

  it('keeps a number page as long as Next does, one copy whatever the browser accepts', () => {
    expect(rule('/numbers/+919876543210', { 'accept-encoding': 'gzip, br;q=0.9' })).toEqual({ key: '/numbers/+919876543210\n', seconds: null });
    expect(rule('/numbers/+919876543210')).toEqual({ key: '/numbers/+919876543210\n', seconds: null });
  });

  it('keeps the guides for an hour', () => {
    expect(rule('/guides')).toEqual({ key: '/guides\n', seconds: 3_600 });
    expect(rule('/guides/caller-id-proves-nothing')).toEqual({ key: '/guides/caller-id-proves-nothing\n', seconds: 3_600 });
    expect(rule('/guides/x?y=1')).toBeNull();
  });

  it('keeps the home page, the lists, the statistics and the feeds for a minute, and searches per region', () => {
    expect(rule('/')).toEqual({ key: '/\n', seconds: 60 });
    expect(rule('/stats?period=2025&country=IN')).toEqual({ key: '/stats?period=2025&country=IN\n', seconds: 60 });
    expect(rule('/feeds/countries/in.xml')).toEqual({ key: '/feeds/countries/in.xml\n', seconds: 60 });
    expect(rule('/numbers?country=IN&sort=latest')).toEqual({ key: '/numbers?country=IN&sort=latest\n', seconds: 60 });
    expect(rule('/reports')).toEqual({ key: '/reports\n', seconds: 60 });
    expect(rule('/search?q=98765')).toEqual({ key: '/search?q=98765\n\nIN', seconds: 60 });
  });

  it('leaves everything else to Next.js: client navigations, prefetches, other pages and methods', () => {
    expect(rule('/numbers/+919876543210', { rsc: '1' })).toBeNull();
    expect(rule('/numbers/+919876543210', { 'next-router-prefetch': '1' })).toBeNull();
    expect(rule('/numbers/+919876543210', { 'x-middleware-subrequest': 'middleware' })).toBeNull();
    expect(rule('/numbers/+919876543210?page=2')).toBeNull();
    expect(rule('/numbers/%2B919876543210')).toBeNull();
    expect(rule('/numbers/+919876543210/reports')).toBeNull();
    expect(rule('/report')).toBeNull();
    expect(rule('/admin/reports')).toBeNull();
    expect(rule('/data/latest/reports.csv.gz')).toBeNull();
    expect(rule('/feeds/latest.xml?x=1')).toBeNull();
    expect(rule('/numbers/+919876543210', {}, 'POST')).toBeNull();
    expect(rule('/', {}, 'POST')).toBeNull();
  });
});
