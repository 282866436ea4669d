import { describe, expect, it } from 'vitest';
import { SHARED_MAX_AGE, SHARED_STALE, sharedCacheControl } from './cache-headers';

describe('what shared caches are told', () => {
  it('keeps a page Next marks for an hour, stale for a year, at most a minute in all', () => {
    const header = sharedCacheControl('s-maxage=3600, stale-while-revalidate=31532400');
    expect(header).toBe(`public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${SHARED_STALE}`);
    expect(SHARED_MAX_AGE + SHARED_STALE).toBeLessThanOrEqual(60);
  });

  it('keeps a shorter life as it is, and leaves private answers alone', () => {
    expect(sharedCacheControl('s-maxage=10, stale-while-revalidate=5')).toContain('s-maxage=10,');
    expect(sharedCacheControl('private, no-cache, no-store, max-age=0, must-revalidate')).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
  });
});
