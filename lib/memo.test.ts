import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoize } from './memo';

afterEach(() => vi.useRealTimers());

describe('memoize', () => {
  it('answers from memory until the time is up, then reads again', async () => {
    vi.useFakeTimers();
    let reads = 0;
    const totals = memoize(60_000, async () => ++reads);
    expect(await Promise.all([totals(), totals()])).toEqual([1, 1]);
    vi.advanceTimersByTime(59_000);
    expect(await totals()).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(await totals()).toBe(2);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const read = memoize(60_000, async () => {
      if (fail) throw new Error('database away');
      return 'ok';
    });
    await expect(read()).rejects.toThrow('database away');
    fail = false;
    expect(await read()).toBe('ok');
  });
});
