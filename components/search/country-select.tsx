import { listCountries } from '@/lib/phone';
import { BrowserRegion } from './browser-region';

interface CountrySelectProps {
  id: string;
  name?: string;
  /** A country chosen earlier (from the URL or a submitted form); empty means automatic. */
  value?: string | null;
  className?: string;
  describedBy?: string;
}

export function CountrySelect({ id, name = 'country', value, className, describedBy }: CountrySelectProps) {
  return (
    <>
      <select id={id} name={name} defaultValue={value ?? ''} className={className} aria-describedby={describedBy}>
        <option value="">Detect automatically</option>
        {listCountries().map((country) => (
          <option key={country.code} value={country.code}>
            {country.name} (+{country.callingCode})
          </option>
        ))}
      </select>
      {value ? null : <BrowserRegion selectId={id} />}
    </>
  );
}
