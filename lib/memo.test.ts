import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoize } from './memo';

afterEach(() => vi.useRealTimers());

describe('memoize', () => {
  it('reads once for callers at the same time, then answers from memory', async () => {
    let reads = 0;
    const totals = memoize(60_000, async () => ++reads);
    expect(await Promise.all([totals(), totals()])).toEqual([1, 1]);
    expect(await totals()).toBe(1);
    expect(reads).toBe(1);
  });

  it('after the time is up, answers at once with the kept value and reads afresh behind it', async () => {
    vi.useFakeTimers();
    let reads = 0;
    const totals = memoize(60_000, async () => ++reads);
    expect(await totals()).toBe(1);
    vi.advanceTimersByTime(61_000);
    expect(await totals()).toBe(1);
    await vi.waitFor(() => expect(reads).toBe(2));
    expect(await totals()).toBe(2);
  });

  it('does not keep a failed read, and keeps the last good value when a later read fails', async () => {
    vi.useFakeTimers();
    let fail = true;
    const read = memoize(60_000, async () => {
      if (fail) throw new Error('database away');
      return 'ok';
    });
    await expect(read()).rejects.toThrow('database away');
    fail = false;
    expect(await read()).toBe('ok');
    fail = true;
    vi.advanceTimersByTime(61_000);
    expect(await read()).toBe('ok');
  });
});
