import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { NumberList } from '@/components/numbers/number-list';
import { SearchForm } from '@/components/search/search-form';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { searchNumbersByDigits } from '@/db/queries/phone-numbers';
import { pluralize } from '@/lib/format';
import { firstParam, pageParam, type SearchParams } from '@/lib/params';
import { isSupportedRegion } from '@/lib/phone';
import { classifySearch } from '@/lib/search';
import { resolveRegion } from '@/server/visitor-region';

export const metadata: Metadata = {
  title: 'Check a phone number',
  description: 'Look up a phone number that called or messaged you, in any format.',
  robots: { index: false },
};

const PAGE_SIZE = 20;
const MAX_PAGES = 50;

const EXAMPLES = [
  ['+44 20 7946 0018', 'with the + and country code, as most phones show it'],
  ['0044 20 7946 0018', 'with 00 or 011 instead of the +'],
  ['020 7946 0018', 'as dialled within the country, with the country chosen below'],
  ['(202) 555-0143', 'with brackets, dashes or dots'],
  ['7946', 'any 4 or more digits you remember, to search part of a number'],
];

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = firstParam(params.q)?.slice(0, 300) ?? '';
  const chosenCountry = firstParam(params.country)?.toUpperCase();
  const country = isSupportedRegion(chosenCountry) ? chosenCountry : null;
  const outcome = classifySearch(query, await resolveRegion(chosenCountry));

  if (outcome.kind === 'number') redirect(`/numbers/${outcome.phone.e164}`);

  const page = pageParam(params.page, MAX_PAGES);
  const results =
    outcome.kind === 'partial' ? await searchNumbersByDigits(await getDb(), { digits: outcome.digits, page, pageSize: PAGE_SIZE }) : null;
  const pages = results ? Math.min(MAX_PAGES, Math.ceil(results.total / PAGE_SIZE)) : 0;

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">
        {outcome.kind === 'partial' ? `Reported numbers containing ${outcome.digits}` : 'Check a phone number'}
      </h1>

      {outcome.kind === 'invalid' ? (
        <div id="search-problem" role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">We could not read &ldquo;{query}&rdquo; as a phone number.</p>
          <p className="mt-1">{outcome.problem.message}</p>
        </div>
      ) : null}

      {outcome.kind === 'partial' ? (
        <p role="status" className="rounded-md bg-brand-50 p-4 text-slate-800">
          &ldquo;{query}&rdquo; is not a whole phone number, so here are reported numbers that contain{' '}
          <strong className="font-mono">{outcome.digits}</strong>. To check one number, enter it in full, with its country code.
        </p>
      ) : null}

      <section aria-label="Search again" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <SearchForm idPrefix="search-page" query={query} country={country} />
      </section>

      {results ? (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-xl font-semibold">
            {results.total === 0 ? 'No reported numbers contain these digits' : `${pluralize(results.total, 'reported number')} found`}
          </h2>
          {results.total === 0 ? (
            <p className="text-slate-700">
              Nobody has reported a number containing {outcome.kind === 'partial' ? outcome.digits : ''} here. That does not
              make it safe: check the whole number, and remember that caller ID can be faked.
            </p>
          ) : (
            <>
              <NumberList numbers={results.rows} highlight={outcome.kind === 'partial' ? outcome.digits : undefined} />
              <Pagination
                page={page}
                pages={pages}
                href={(p) => `/search?${new URLSearchParams({ q: query, ...(country ? { country } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`}
              />
            </>
          )}
        </section>
      ) : (
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
