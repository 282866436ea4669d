import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';
import { createRng, makeNumber } from '@/db/seed/demo';
import { formatE164 } from '@/lib/phone';

/** What the scenarios ask for, read from the loaded data before the server takes the database. */
export interface Targets {
  hot: string;
  /** Reported numbers, in a random order: each asked for once, so each is a first render. */
  cold: string[];
  /** Valid numbers nobody reported. */
  unknown: string[];
  /** The busiest numbers, for the mixed workload's lookups. */
  popular: string[];
  /** Every reported number, busiest first, for the news spike's long tail. */
  reported: string[];
  /** Seven-digit fragments of reported numbers. */
  fragments: string[];
  browseCountry: string;
  /** The `after` cursor of the deepest browse page up to 500, and its number. */
  deepPage: { page: number; after: string } | null;
  /** Statistics pages with different filters, each a first render. */
  statsPages: string[];
}

const BROWSE_PAGE_SIZE = 25;

export async function readTargets(db: Db, distinct: number): Promise<Targets> {
  const [hot] = await queryRows<{ e164: string }>(db, sql`SELECT e164 FROM phone_numbers WHERE report_count > 0 ORDER BY report_count DESC, e164 LIMIT 1`);
  if (!hot) throw new Error('The database has no published reports to measure.');
  const sample = await queryRows<{ e164: string }>(
    db,
    sql`SELECT e164 FROM phone_numbers WHERE report_count > 0 ORDER BY md5(e164) LIMIT ${distinct * 2}`,
  );
  const reported = (await queryRows<{ e164: string }>(db, sql`SELECT e164 FROM phone_numbers WHERE report_count > 0 ORDER BY report_count DESC, e164`)).map((row) => row.e164);
  const popular = reported.slice(0, 5000);
  const cold = sample.slice(0, distinct).map((row) => row.e164);
  const fragments = sample.slice(distinct).map((row) => row.e164.slice(-8, -1));

  const rng = createRng(4242);
  const unknown: string[] = [];
  while (unknown.length < distinct) {
    const phone = makeNumber(rng, 'GB', { anyRange: true });
    if (!phone) continue;
    const [known] = await queryRows(db, sql`SELECT 1 FROM phone_numbers WHERE e164 = ${phone.e164}`);
    if (!known) unknown.push(phone.e164);
  }

  const browseCountry = 'IN';
  const [{ pages }] = (await queryRows<{ pages: number }>(
    db,
    sql`SELECT ceil(count(*)::numeric / ${BROWSE_PAGE_SIZE})::int AS pages FROM phone_numbers WHERE report_count > 0 AND country_code = ${browseCountry}`,
  )) as [{ pages: number }];
  const page = Math.min(500, pages);
  const [last] = page > 1
    ? await queryRows<{ key: string; e164: string }>(
        db,
        sql`SELECT last_reported_on::text AS key, e164 FROM phone_numbers WHERE report_count > 0 AND country_code = ${browseCountry}
            ORDER BY last_reported_on DESC, e164 DESC OFFSET ${(page - 1) * BROWSE_PAGE_SIZE - 1} LIMIT 1`,
      )
    : [];
  const countries = await queryRows<{ country: string }>(
    db,
    sql`SELECT country_code AS country FROM report_stats WHERE country_code <> '' GROUP BY country_code ORDER BY sum(reports) DESC LIMIT 11`,
  );
  const [years] = await queryRows<{ last: string }>(db, sql`SELECT to_char(max(month), 'YYYY') AS last FROM report_stats`);
  const statsPages = ['', ...countries.map((row) => row.country)].flatMap((country) =>
    ['12m', '24m', 'all', years?.last ?? '12m'].map((period) => `/stats?period=${period}${country ? `&country=${country}` : ''}`),
  );
  return {
    hot: hot.e164,
    cold,
    unknown,
    popular,
    reported,
    fragments,
    browseCountry,
    deepPage: last ? { page, after: `${last.key}~${last.e164}` } : null,
    statsPages: [...new Set(statsPages)],
  };
}

/** The way people type a number they read off their phone: international format, with spaces. */
export const spelled = (e164: string) => formatE164(e164).international;
