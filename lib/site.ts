import type { CountryCode } from './phone';
import { settings } from './settings';

export const SITE_NAME = 'Scam Number Check';
export const SITE_TAGLINE = 'Look up a number that contacted you. Report a scam. Learn the two habits that stop most of them.';

/** The region assumed for numbers typed without a country code, unless the browser says otherwise. */
export function defaultRegion(): CountryCode {
  return settings().defaultRegion;
}

/** The public address of the site, for canonical links, sitemaps and feeds. */
export function siteUrl(): URL {
  return settings().siteUrl;
}
