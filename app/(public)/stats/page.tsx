import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CountryOptions } from '@/components/search/country-options';
import { BarChart } from '@/components/ui/bar-chart';
import { ColumnChart } from '@/components/ui/column-chart';
import { FilterSelect } from '@/components/ui/filter-select';
import { getDb } from '@/db/client';
import { CATEGORIES, CATEGORY_INFO, CHANNEL_LABELS, CHANNELS } from '@/db/constants';
import { getReportStatistics, getStatsMonthRange, listTopNumbers } from '@/db/queries/stats';
import { formatMoney, isoDateDaysAgo, pluralize } from '@/lib/format';
import { enumParam, firstParam, toQueryString, type SearchParams } from '@/lib/params';
import { countryName, formatE164, isSupportedRegion } from '@/lib/phone';
import { DEFAULT_PERIOD, periodMonths, periodOptions, readPeriod, timeBuckets, topWithRest } from '@/lib/stats';

export const metadata: Metadata = {
  title: 'Statistics',
  description: 'Published scam reports over time, by kind of scam, way of contact and country, with the money reported lost and the numbers most reported lately.',
};

const TOP_NUMBERS = 10;
const TOP_COUNTRIES = 15;

export default async function StatsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const db = await getDb();
  const range = await getStatsMonthRange(db);
  const periods = periodOptions(range);
  const period = readPeriod(firstParam(params.period), periods);
  const countryParam = firstParam(params.country)?.toUpperCase();
  const country = isSupportedRegion(countryParam) ? countryParam : undefined;
  const category = enumParam(params.category, CATEGORIES);
  const channel = enumParam(params.channel, CHANNELS);
  const months = periodMonths(period, range);

  const [stats, topNumbers] = await Promise.all([
    getReportStatistics(db, { ...months, country, category, channel }),
    listTopNumbers(db, { since: isoDateDaysAgo(30), country, category, channel, limit: TOP_NUMBERS }),
  ]);
  const filters = { period: period === DEFAULT_PERIOD ? undefined : period, country, category, channel };
  const filtered = Boolean(filters.period || country || category || channel);
  const periodLabel = periods.find((option) => option.value === period)!.label;
  const browse = (extra: Record<string, string>) => `/numbers${toQueryString({ country, category, channel, ...extra })}`;
  const countries = topWithRest(stats.byCountry, TOP_COUNTRIES);
  const overTime = timeBuckets(stats.byMonth, months.fromMonth, months.toMonth);

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">Statistics</h1>
        <p>
          What people reported, counted over the reports moderators published. Countries are those of the number shown on
          caller ID, which scammers often fake; the figures describe the calls and messages, not who made them.
        </p>
      </header>

      <form method="get" action="/stats" aria-label="Filter the statistics" className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect label="Period" name="period" value={period} options={periods.map((option) => [option.value, option.label])} />
        <FilterSelect label="Country of the number" name="country" value={country} anyLabel="All countries">
          <CountryOptions withCallingCode={false} />
        </FilterSelect>
        <FilterSelect label="Kind of scam" name="category" value={category} options={CATEGORIES.map((c) => [c, CATEGORY_INFO[c].label])} anyLabel="All kinds" />
        <FilterSelect label="Contacted by" name="channel" value={channel} options={CHANNELS.map((c) => [c, CHANNEL_LABELS[c]])} anyLabel="Any way" />
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">Show statistics</button>
          {filtered ? <Link href="/stats">Clear filters</Link> : null}
        </div>
      </form>

      <section aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className="text-xl font-bold">
          {periodLabel}
          {country ? `, numbers from ${countryName(country)}` : ''}
          {category ? `, ${CATEGORY_INFO[category].label.toLowerCase()}` : ''}
          {channel ? `, by ${CHANNEL_LABELS[channel].toLowerCase()}` : ''}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          <Figure term="Published reports" value={stats.reports.toLocaleString('en')} />
          <Figure term="Reports with money lost" value={stats.reportsWithLoss.toLocaleString('en')} />
          <Figure term="Share with money lost" value={stats.reports ? `${((stats.reportsWithLoss / stats.reports) * 100).toFixed(1)} %` : '–'} />
        </dl>
        {stats.reports === 0 ? (
          <p className="rounded-md bg-white p-4 ring-1 ring-slate-200">
            No published reports match these filters. {filtered ? <Link href="/stats">Show all statistics</Link> : null}
          </p>
        ) : null}
      </section>

      {stats.reports > 0 ? (
        <>
          <Panel id="time" title="Reports over time">
            <p className="text-sm text-slate-600">By the day of the call or message, not the day of the report.</p>
            <ColumnChart
              title={`Published reports by ${overTime[0]?.key.length === 4 ? 'year' : 'month'}`}
              unit="reports"
              data={overTime.map((bucket) => ({ key: bucket.key, label: bucket.label, value: bucket.reports }))}
            />
          </Panel>

          <Panel id="category" title="By kind of scam">
            <BarChart
              title="Published reports by kind of scam"
              unit="reports"
              data={stats.byCategory.map((row) => ({ label: CATEGORY_INFO[row.category].label, value: row.reports, href: browse({ category: row.category }) }))}
            />
          </Panel>
          <Panel id="channel" title="By way of contact">
            <BarChart
              title="Published reports by way of contact"
              unit="reports"
              data={stats.byChannel.map((row) => ({ label: CHANNEL_LABELS[row.channel], value: row.reports, href: browse({ channel: row.channel }) }))}
            />
          </Panel>

          {country ? null : (
            <Panel id="country" title="By country of the number shown">
              <BarChart
                title="Published reports by country of the number shown"
                unit="reports"
                data={[
                  ...countries.top.map((row) => ({
                    label: row.country ? countryName(row.country) : 'Non-geographic (+800, +882 …)',
                    value: row.reports,
                    href: row.country ? `/stats${toQueryString({ ...filters, country: row.country })}` : undefined,
                  })),
                  ...(countries.rest ? [{ label: 'Other countries', value: countries.rest }] : []),
                ]}
              />
            </Panel>
          )}

          <Panel id="money" title="Money reported lost">
            <p className="text-sm text-slate-600">
              As the people who lost it reported it, in each currency: amounts in different currencies are never added together.
            </p>
            {stats.losses.length === 0 ? (
              <p>None of these reports says money was lost.</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="text-left text-sm">
                  <caption className="sr-only">Money reported lost, by currency</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="py-2 pr-6">Currency</th>
                      <th scope="col" className="py-2 pr-6 text-right">Reports</th>
                      <th scope="col" className="py-2 pr-6 text-right">Total lost</th>
                      <th scope="col" className="py-2 text-right">Average per report</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.losses.map((loss) => (
                      <tr key={loss.currency} className="border-b border-slate-200">
                        <th scope="row" className="py-2 pr-6 font-normal">{loss.currency}</th>
                        <td className="py-2 pr-6 text-right tabular-nums">{loss.reports.toLocaleString('en')}</td>
                        <td className="py-2 pr-6 text-right tabular-nums">{formatMoney(loss.totalMinor, loss.currency)}</td>
                        <td className="py-2 text-right tabular-nums">{formatMoney(Math.round(loss.totalMinor / loss.reports), loss.currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Panel>
        </>
      ) : null}

      <Panel id="top" title="Numbers most reported in the last 30 days">
        <p className="text-sm text-slate-600">As shown on caller ID, with the filters above except the period.</p>
        {topNumbers.length === 0 ? (
          <p>No number was reported in the last 30 days{country || category || channel ? ' with these filters' : ''}.</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6">
            {topNumbers.map((row) => (
              <li key={row.e164}>
                <Link href={`/numbers/${row.e164}`} className="font-mono">{formatE164(row.e164).international}</Link>{' '}
                <span className="text-slate-600">
                  {row.countryCode ? `(${countryName(row.countryCode)}) ` : ''}
                  {pluralize(row.reports, 'report')}
                  {row.disputeState === 'upheld' ? '. Its owner showed it was spoofed or wrongly listed.' : ''}
                </span>
              </li>
            ))}
          </ol>
        )}
      </Panel>

      <p>
        The figures behind this page can be downloaded: <Link href="/data">every published report and number</Link>, once a day.
      </p>
    </div>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
    </div>
  );
}

/** One boxed part of the statistics, under its own heading. */
function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-slate-200">
      <h2 id={`${id}-heading`} className="text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}
