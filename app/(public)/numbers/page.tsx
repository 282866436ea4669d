import type { Metadata } from 'next';
import Link from 'next/link';
import { NumberList } from '@/components/numbers/number-list';
import { CountryOptions } from '@/components/search/country-options';
import { FilterSelect } from '@/components/ui/filter-select';
import { getDb } from '@/db/client';
import { CATEGORIES, CATEGORY_INFO, CHANNEL_LABELS, CHANNELS } from '@/db/constants';
import { browseNumbers, type BrowseCursor, type BrowseSort } from '@/db/queries/phone-numbers';
import { isoDateDaysAgo } from '@/lib/format';
import { enumParam, firstParam, toQueryString, type SearchParams } from '@/lib/params';
import { countryName, isSupportedRegion } from '@/lib/phone';

export const metadata: Metadata = {
  title: 'Reported numbers',
  description: 'Phone numbers people have reported for scam calls and messages, by country, kind of scam and how they made contact.',
};

const PAGE_SIZE = 25;
const SORTS: Record<BrowseSort, string> = { most: 'Most reported', latest: 'Most recently reported' };
const PERIODS = { '7': 'Last 7 days', '30': 'Last 30 days', '90': 'Last 90 days', '365': 'Last 12 months' } as const;
type Period = keyof typeof PERIODS;

/** `after` holds the last row of the previous page: "<count or date>~<e164>". */
function readCursor(raw: string | undefined, sort: BrowseSort): BrowseCursor | null {
  const match = raw?.match(/^(\d{1,9}|\d{4}-\d{2}-\d{2})~(\+[1-9]\d{5,14})$/);
  if (!match) return null;
  const [, key = '', e164 = ''] = match;
  if (sort === 'most') return /^\d+$/.test(key) ? { key: Number(key), e164 } : null;
  return /^\d{4}-\d{2}-\d{2}$/.test(key) && !Number.isNaN(Date.parse(key)) ? { key, e164 } : null;
}

export default async function BrowseNumbersPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const countryParam = firstParam(params.country)?.toUpperCase();
  const country = isSupportedRegion(countryParam) ? countryParam : undefined;
  const category = enumParam(params.category, CATEGORIES);
  const channel = enumParam(params.channel, CHANNELS);
  const period = enumParam(params.period, Object.keys(PERIODS) as Period[]);
  const sort = enumParam(params.sort, ['most', 'latest'] as const) ?? 'most';
  const after = readCursor(firstParam(params.after), sort);
  const since = period ? isoDateDaysAgo(Number(period)) : null;

  const { rows, next } = await browseNumbers(await getDb(), { country, category, channel, since, sort, after, limit: PAGE_SIZE });
  const filters = { country, category, channel, period, sort: sort === 'most' ? undefined : sort };
  const filtered = Boolean(country || category || channel || period);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Reported numbers</h1>
      <p className="max-w-3xl text-slate-700">
        Numbers that people reported for scam calls and messages, after a moderator checked each report. Remember: a number
        shown on caller ID may have been faked, so a listing says what calls showing it were like, not who owns it.
      </p>

      <form method="get" action="/numbers" aria-label="Filter reported numbers" className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-5">
        <FilterSelect label="Country" name="country" value={country} anyLabel="All countries">
          <CountryOptions withCallingCode={false} />
        </FilterSelect>
        <FilterSelect label="Kind of scam" name="category" value={category} options={CATEGORIES.map((c) => [c, CATEGORY_INFO[c].label])} anyLabel="All kinds" />
        <FilterSelect label="Contacted by" name="channel" value={channel} options={CHANNELS.map((c) => [c, CHANNEL_LABELS[c]])} anyLabel="Any way" />
        <FilterSelect label="Reported in" name="period" value={period} options={Object.entries(PERIODS)} anyLabel="Any time" />
        <FilterSelect label="Sort by" name="sort" value={sort} options={Object.entries(SORTS)} />
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-5">
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">Show numbers</button>
          {filtered ? <Link href="/numbers">Clear filters</Link> : null}
        </div>
      </form>
      {country ? (
        <p>
          New reports of numbers from {countryName(country)} as they are published:{' '}
          <a href={`/feeds/countries/${country.toLowerCase()}.xml`}>Atom feed</a>. Figures for the country: <Link href={`/stats?country=${country}`}>statistics</Link>.
        </p>
      ) : null}

      <section aria-labelledby="results-heading" className="space-y-4">
        <h2 id="results-heading" className="sr-only">Results</h2>
        {rows.length === 0 ? (
          <p className="rounded-md bg-white p-4 ring-1 ring-slate-200">
            {after ? 'There are no more numbers for these filters.' : 'No reported numbers match these filters.'}{' '}
            {filtered ? <Link href="/numbers">Show all reported numbers</Link> : null}
          </p>
        ) : (
          <NumberList numbers={rows} category={category} />
        )}
        <nav aria-label="Pages" className="flex flex-wrap gap-4">
          {after ? <Link href={`/numbers${toQueryString(filters)}`}>First page</Link> : null}
          {next ? (
            <Link rel="next" href={`/numbers${toQueryString({ ...filters, after: `${next.key}~${next.e164}` })}`}>
              Next page
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
