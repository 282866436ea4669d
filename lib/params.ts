/** The first value of a query-string parameter, ignoring repeats and arrays. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A positive page number from the query string; anything else is page 1. */
export function pageParam(value: string | string[] | undefined, max = 10_000): number {
  const raw = firstParam(value);
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.min(Math.max(Number(raw), 1), max);
}

/** A value from a fixed list, or undefined: query strings never reach SQL unchecked. */
export function enumParam<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | undefined {
  const raw = firstParam(value);
  return allowed.includes(raw as T) ? (raw as T) : undefined;
}

/** Builds a query string from the non-empty values only, for filter and pagination links. */
export function toQueryString(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** What Next.js passes a page as `searchParams`. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
