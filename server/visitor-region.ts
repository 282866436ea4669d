import { headers } from 'next/headers';
import type { CountryCode } from '@/lib/phone';
import { resolveRegion as resolveRegionFrom } from '@/lib/region';

/** The country chosen in the form, else the browser's language region, else DEFAULT_REGION. */
export async function resolveRegion(chosen: string | undefined): Promise<CountryCode> {
  return resolveRegionFrom(chosen, (await headers()).get('accept-language'));
}
