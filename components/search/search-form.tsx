import { CountrySelect } from './country-select';

interface SearchFormProps {
  /** Distinguishes the ids of several forms on one page. */
  idPrefix: string;
  query?: string;
  country?: string | null;
  size?: 'large' | 'compact';
}

const LABEL = 'Enter the number that contacted you';
const COUNTRY_LABEL = 'Country, for numbers without a +country code';

/** The number lookup. A plain GET form: it works the same with JavaScript off. */
export function SearchForm({ idPrefix, query = '', country, size = 'large' }: SearchFormProps) {
  const inputId = `${idPrefix}-q`;
  const countryId = `${idPrefix}-country`;
  const input = (className: string, placeholder: string) => (
    <input
      id={inputId}
      name="q"
      type="text"
      inputMode="tel"
      autoComplete="off"
      spellCheck={false}
      maxLength={250}
      defaultValue={query}
      placeholder={placeholder}
      className={`w-full rounded-md border border-slate-400 bg-white px-3 text-slate-900 placeholder:text-slate-500 ${className}`}
    />
  );
  const select = (className: string) => (
    <CountrySelect id={countryId} value={country} className={`w-full rounded-md border border-slate-400 bg-white px-2 text-slate-900 ${className}`} />
  );

  // The compact form has no country list: the browser's region, or a +country code, reads the
  // number, and the search page offers the list when a number needs it.
  if (size === 'compact') {
    return (
      <form action="/search" method="get" role="search" aria-label="Check a phone number" className="flex gap-2">
        <label htmlFor={inputId} className="sr-only">{LABEL}</label>
        <div className="flex-1">{input('py-2', 'Number that contacted you')}</div>
        <button type="submit" className="rounded-md bg-amber-400 px-4 py-2 font-semibold text-slate-900 hover:bg-amber-300">
          Check number
        </button>
      </form>
    );
  }

  return (
    <form action="/search" method="get" role="search" aria-label="Check a phone number" className="space-y-3">
      <div>
        <label htmlFor={inputId} className="mb-1 block text-lg font-semibold">{LABEL}</label>
        {input('py-3 text-lg', 'for example +91 98765 43210 or 020 7946 0018')}
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor={countryId} className="mb-1 block text-sm font-medium text-slate-700">{COUNTRY_LABEL}</label>
          {select('py-3')}
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800">
          Check number
        </button>
      </div>
    </form>
  );
}
