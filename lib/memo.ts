/**
 * Keeps the last answer of an expensive read for `ttlMs`, in this process. Concurrent callers
 * share one pending read; a failed read is not kept. For figures that may be a minute old,
 * such as the home page's totals, which count every published report.
 */
export function memoize<T>(ttlMs: number, read: () => Promise<T>): () => Promise<T> {
  let cached: { value: Promise<T>; until: number } | null = null;
  return () => {
    const now = Date.now();
    if (cached && now < cached.until) return cached.value;
    const value = read();
    cached = { value, until: now + ttlMs };
    value.catch(() => {
      if (cached?.value === value) cached = null;
    });
    return value;
  };
}
