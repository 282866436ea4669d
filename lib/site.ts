import { isSupportedRegion, type CountryCode } from './phone';

export const SITE_NAME = 'Scam Number Check';
export const SITE_TAGLINE = 'Look up a number that contacted you. Report a scam. Learn the two habits that stop most of them.';

/** The region assumed for numbers typed without a country code, unless the browser says otherwise. */
export function defaultRegion(env: NodeJS.ProcessEnv = process.env): CountryCode {
  const configured = env.DEFAULT_REGION?.trim().toUpperCase();
  return isSupportedRegion(configured) ? configured : 'GB';
}

/** The public address of the site, for canonical links, sitemaps and feeds. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  try {
    return new URL(env.SITE_URL?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`);
  } catch {
    return new URL('http://localhost:3000');
  }
}
