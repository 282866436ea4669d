import { headers } from 'next/headers';
import { isSupportedRegion, type CountryCode } from '@/lib/phone';
import { parseAcceptLanguage, regionFromLanguages } from '@/lib/region';
import { defaultRegion } from '@/lib/site';

/** The country chosen in the form, else the browser's language region, else DEFAULT_REGION. */
export async function resolveRegion(chosen: string | undefined): Promise<CountryCode> {
  if (isSupportedRegion(chosen)) return chosen;
  const languages = parseAcceptLanguage((await headers()).get('accept-language'));
  return regionFromLanguages(languages) ?? defaultRegion();
}
