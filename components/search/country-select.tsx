import { BrowserRegion } from './browser-region';
import { CountryOptions } from './country-options';

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
        <CountryOptions />
      </select>
      {value ? null : <BrowserRegion selectId={id} />}
    </>
  );
}
