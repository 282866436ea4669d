import { NumberList } from '@/components/numbers/number-list';
import { Pagination } from '@/components/ui/pagination';
import type { searchNumbersByDigits } from '@/db/queries/phone-numbers';
import { pluralize } from '@/lib/format';

export interface PartialSearch {
  /** As typed, for the links to further pages. */
  query: string;
  /** The country chosen in the form, if any. */
  country: string | null;
  digits: string;
  page: number;
  pages: number;
  results: Awaited<ReturnType<typeof searchNumbersByDigits>>;
}

/** The class of the element that holds the results (the template's too). */
export const SEARCH_RESULTS_CLASS = 'space-y-4';

/**
 * The reported numbers a partial search found. It needs no browser code, so the server can
 * render it on its own into the search page's template (`lib/page-template.ts`) as well as
 * Next.js can render it in the page.
 */
export function SearchResults({ search }: { search: PartialSearch }) {
  const { query, country, digits, page, pages, results } = search;
  return (
    <>
      <h2 id="results-heading" className="text-xl font-semibold">
        {results.total === 0 ? 'No reported numbers contain these digits' : `${pluralize(results.total, 'reported number')} found`}
      </h2>
      {results.total === 0 ? (
        <p className="text-slate-700">
          Nobody has reported a number containing {digits} here. That does not make it safe: check the whole number, and remember that
          caller ID can be faked.
        </p>
      ) : (
        <>
          <NumberList numbers={results.rows} highlight={digits} />
          <Pagination
            page={page}
            pages={pages}
            href={(p) => `/search?${new URLSearchParams({ q: query, ...(country ? { country } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`}
          />
        </>
      )}
    </>
  );
}
