import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { SEARCH_RESULTS_CLASS, SearchResults } from '@/components/search/search-results';
import { SearchForm } from '@/components/search/search-form';
import { RoutedHtml } from '@/components/ui/routed-html';
import { firstParam, type SearchParams } from '@/lib/params';
import { mark } from '@/lib/page-template';
import { classifySearch } from '@/lib/search';
import { readSearchRequest, searchPart } from '@/server/search';
import { resolveRegion } from '@/server/visitor-region';

export const metadata: Metadata = {
  title: 'Check a phone number',
  description: 'Look up a phone number that called or messaged you, in any format.',
  robots: { index: false },
};

const EXAMPLES = [
  ['+44 20 7946 0018', 'with the + and country code, as most phones show it'],
  ['0044 20 7946 0018', 'with 00 or 011 instead of the +'],
  ['020 7946 0018', 'as dialled within the country, with the country chosen below'],
  ['(202) 555-0143', 'with brackets, dashes or dots'],
  ['7946', 'any 4 or more digits you remember, to search part of a number'],
];

// The server answers most partial searches itself, from this page's template
// (lib/page-template.ts, server/search-pages.ts); its address is the server's own.
export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const request = readSearchRequest(params);
  if (firstParam(params.template)) {
    return (
      <SearchPageLayout query={mark('query')} country={request.country} partial={{ digits: mark('digits') }}>
        <RoutedHtml className={SEARCH_RESULTS_CLASS} html={mark('results')} />
      </SearchPageLayout>
    );
  }
  const outcome = classifySearch(request.query, await resolveRegion(request.country));
  if (outcome.kind === 'number') redirect(`/numbers/${outcome.phone.e164}`);
  if (outcome.kind === 'partial') {
    return (
      <SearchPageLayout query={request.query} country={request.country} partial={{ digits: outcome.digits }}>
        <div className={SEARCH_RESULTS_CLASS}>
          <SearchResults search={await searchPart(request, outcome.digits)} />
        </div>
      </SearchPageLayout>
    );
  }
  return <SearchPageLayout query={request.query} country={request.country} problem={outcome.kind === 'invalid' ? outcome.problem.message : undefined} />;
}

interface SearchPageLayoutProps {
  query: string;
  country: string | null;
  /** A search for part of a number: its digits, with its results as children. */
  partial?: { digits: string };
  /** Why the words searched are not a phone number. */
  problem?: string;
  children?: ReactNode;
}

function SearchPageLayout({ query, country, partial, problem, children }: SearchPageLayoutProps) {
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{partial ? `Reported numbers containing ${partial.digits}` : 'Check a phone number'}</h1>

      {problem ? (
        <div id="search-problem" role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">We could not read &ldquo;{query}&rdquo; as a phone number.</p>
          <p className="mt-1">{problem}</p>
        </div>
      ) : null}

      {partial ? (
        <p role="status" className="rounded-md bg-brand-50 p-4 text-slate-800">
          &ldquo;{query}&rdquo; is not a whole phone number, so here are reported numbers that contain{' '}
          <strong className="font-mono">{partial.digits}</strong>. To check one number, enter it in full, with its country code.
        </p>
      ) : null}

      {partial ? <section aria-labelledby="results-heading">{children}</section> : null}

      {/* After the results, which are what a search is for: on a phone they start on the first screen. */}
      <section aria-label="Search again" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <SearchForm idPrefix="search-page" query={query} country={country} />
      </section>

      {partial ? null : (
        <section aria-labelledby="formats-heading">
          <h2 id="formats-heading" className="text-xl font-semibold">Numbers you can enter</h2>
          <ul className="mt-3 space-y-2">
            {EXAMPLES.map(([example, note]) => (
              <li key={example}>
                <span className="font-mono font-semibold">{example}</span> <span className="text-slate-600">— {note}</span>
              </li>
            ))}
          </ul>
          <p className="mt-4 text-slate-700">
            Copy the number straight from your call log or message if you can. Want to tell others about a call?{' '}
            <Link href="/report">Report it</Link>.
          </p>
        </section>
      )}
    </div>
  );
}
