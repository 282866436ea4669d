/**
 * Keeps the last answer of an expensive read, in this process. After `ttlMs` the kept answer is
 * still given while one fresh read runs in the background (stale-while-revalidate), so only the
 * very first caller waits. A failed read is not kept. For figures that may be a minute old, such
 * as the home page's totals, which count every published report.
 */
export function memoize<T>(ttlMs: number, read: () => Promise<T>): () => Promise<T> {
  let kept: { value: T; freshUntil: number } | null = null;
  let pending: Promise<T> | null = null;
  const refresh = () => {
    pending ??= read()
      .then((value) => {
        kept = { value, freshUntil: Date.now() + ttlMs };
        return value;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
  return () => {
    if (!kept) return refresh();
    if (Date.now() >= kept.freshUntil) refresh().catch(() => {});
    return Promise.resolve(kept.value);
  };
}
