import { isSupportedRegion, type CountryCode } from './phone';
import { defaultRegion } from './site';

/**
 * The first explicit region among a browser's languages: "en-GB" gives GB, "hi-IN" gives IN.
 * A bare language ("en") says nothing about where someone is, so it is skipped.
 */
export function regionFromLanguages(languages: readonly string[]): CountryCode | null {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag.trim()).region?.toUpperCase();
      if (isSupportedRegion(region)) return region;
    } catch {
      // Not a valid language tag: ignore it.
    }
  }
  return null;
}

/** The languages of an Accept-Language header, most preferred first. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The region a request reads numbers in: the country chosen (a form's or the address's
 * `country`), else the browser's language region, else DEFAULT_REGION. The proxy, the pages,
 * the actions and the page cache's key all ask here, so they always agree.
 */
export function requestRegion(chosen: string | null | undefined, acceptLanguage: string | readonly string[] | null | undefined): CountryCode {
  const country = chosen?.trim().toUpperCase();
  if (isSupportedRegion(country)) return country;
  const languages = typeof acceptLanguage === 'string' || acceptLanguage == null ? acceptLanguage : acceptLanguage.join(',');
  return regionFromLanguages(parseAcceptLanguage(languages)) ?? defaultRegion();
}
