import { headers } from 'next/headers';
import type { CountryCode } from '@/lib/phone';
import { requestRegion } from '@/lib/region';

/** The region of the current request: the country chosen, else the browser's, else the default. */
export async function resolveRegion(chosen: string | null | undefined): Promise<CountryCode> {
  return requestRegion(chosen, (await headers()).get('accept-language'));
}
