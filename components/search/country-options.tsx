'use client';

import { COUNTRY_LIST } from '@/lib/country-list';

/**
 * The country choices, rendered from a list in the browser bundle: as a client component the
 * page's data carries a reference to it instead of 245 options, for each select on the page.
 */
export function CountryOptions({ withCallingCode = true }: { withCallingCode?: boolean }) {
  return COUNTRY_LIST.map(([code, name, callingCode]) => (
    <option key={code} value={code}>
      {withCallingCode ? `${name} (+${callingCode})` : name}
    </option>
  ));
}
