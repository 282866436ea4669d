import { sql, type SQL } from 'drizzle-orm';
import type { Category, Channel, DisputeState } from '@/db/constants';
import { queryRows, type Db } from '../client';

export interface StatsFilter {
  /** First month counted, as YYYY-MM-01. */
  fromMonth: string;
  /** Last month counted, as YYYY-MM-01. */
  toMonth: string;
  /** ISO 3166-1 alpha-2 of the number shown on caller ID. */
  country?: string;
  category?: Category;
  channel?: Channel;
}

export interface ReportStatistics {
  reports: number;
  reportsWithLoss: number;
  byMonth: Array<{ month: string; reports: number }>;
  byCategory: Array<{ category: Category; reports: number }>;
  byChannel: Array<{ channel: Channel; reports: number }>;
  /** '' is a non-geographic number, such as +800 or +882. */
  byCountry: Array<{ country: string; reports: number }>;
  /** Money reported lost, per currency: amounts in different currencies are never added up. */
  losses: Array<{ currency: string; reports: number; totalMinor: number }>;
}

/**
 * Published reports counted every way the statistics page shows them, from the monthly roll-up
 * in one pass: a few thousand rows, whatever the number of reports.
 */
export async function getReportStatistics(db: Db, filter: StatsFilter): Promise<ReportStatistics> {
  const conditions: SQL[] = [sql`month BETWEEN ${filter.fromMonth} AND ${filter.toMonth}`, sql`reports <> 0`];
  if (filter.country) conditions.push(sql`country_code = ${filter.country}`);
  if (filter.category) conditions.push(sql`category = ${filter.category}`);
  if (filter.channel) conditions.push(sql`channel = ${filter.channel}`);
  const rows = await queryRows<{
    grouping: number;
    month: string | null;
    category: Category | null;
    channel: Channel | null;
    country: string | null;
    currency: string | null;
    reports: number;
    total: string | number;
  }>(
    db,
    sql`
      SELECT GROUPING(month, category, channel, country_code, loss_currency)::int AS grouping,
             to_char(month, 'YYYY-MM') AS month, category, channel, country_code AS country,
             loss_currency AS currency, coalesce(sum(reports), 0)::int AS reports, coalesce(sum(loss_minor), 0) AS total
        FROM report_stats
       WHERE ${sql.join(conditions, sql` AND `)}
       GROUP BY GROUPING SETS ((month), (category), (channel), (country_code), (loss_currency), ())
    `,
  );
  // GROUPING() sets one bit per column left out, the first column highest: 15 = by month,
  // 23 = by category, 27 = by channel, 29 = by country, 30 = by currency, 31 = everything.
  const stats: ReportStatistics = { reports: 0, reportsWithLoss: 0, byMonth: [], byCategory: [], byChannel: [], byCountry: [], losses: [] };
  for (const row of rows) {
    if (row.reports === 0) continue;
    if (row.grouping === 15 && row.month) stats.byMonth.push({ month: row.month, reports: row.reports });
    else if (row.grouping === 23 && row.category) stats.byCategory.push({ category: row.category, reports: row.reports });
    else if (row.grouping === 27 && row.channel) stats.byChannel.push({ channel: row.channel, reports: row.reports });
    else if (row.grouping === 29 && row.country !== null) stats.byCountry.push({ country: row.country, reports: row.reports });
    else if (row.grouping === 30 && row.currency) {
      stats.losses.push({ currency: row.currency, reports: row.reports, totalMinor: Number(row.total) });
      stats.reportsWithLoss += row.reports;
    } else if (row.grouping === 31) stats.reports = row.reports;
  }
  const byReports = <T extends { reports: number }>(key: (row: T) => string) => (a: T, b: T) => b.reports - a.reports || key(a).localeCompare(key(b));
  stats.byMonth.sort((a, b) => a.month.localeCompare(b.month));
  stats.byCategory.sort(byReports((row) => row.category));
  stats.byChannel.sort(byReports((row) => row.channel));
  stats.byCountry.sort(byReports((row) => row.country));
  stats.losses.sort(byReports((row) => row.currency));
  return stats;
}

/** The first and last months that have published reports, as YYYY-MM-01. */
export async function getStatsMonthRange(db: Db): Promise<{ first: string; last: string } | null> {
  const [row] = await queryRows<{ first: string | null; last: string | null }>(
    db,
    sql`SELECT min(month)::text AS first, max(month)::text AS last FROM report_stats`,
  );
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

export interface ListTopNumbersParams {
  /** First day counted, as YYYY-MM-DD. */
  since: string;
  country?: string;
  category?: Category;
  channel?: Channel;
  limit: number;
}

/**
 * The numbers shown on caller ID in the most published reports since a day. The index holds
 * every column read, so this reads a month of index entries and no table rows.
 */
export async function listTopNumbers(db: Db, { since, country, category, channel, limit }: ListTopNumbersParams) {
  const conditions: SQL[] = [sql`r.status = 'approved'`, sql`r.occurred_on >= ${since}`];
  if (category) conditions.push(sql`r.category = ${category}`);
  if (channel) conditions.push(sql`r.channel = ${channel}`);
  if (country) conditions.push(sql`r.displayed_e164 IN (SELECT e164 FROM phone_numbers WHERE country_code = ${country} AND report_count > 0)`);
  return queryRows<{ e164: string; reports: number; disputeState: DisputeState; countryCode: string | null }>(
    db,
    sql`
      SELECT t.e164, t.reports, n.dispute_state AS "disputeState", n.country_code AS "countryCode"
        FROM (
          SELECT r.displayed_e164 AS e164, count(*)::int AS reports
            FROM reports AS r
           WHERE ${sql.join(conditions, sql` AND `)}
           GROUP BY r.displayed_e164
           ORDER BY reports DESC, r.displayed_e164
           LIMIT ${limit}
        ) AS t
        JOIN phone_numbers AS n ON n.e164 = t.e164
       ORDER BY t.reports DESC, t.e164
    `,
  );
}

/** Counts every published report into the roll-up again, after a load that bypassed its trigger. */
export async function rebuildReportStats(db: Db): Promise<void> {
  await db.execute(sql`DELETE FROM report_stats`);
  await db.execute(sql`
    INSERT INTO report_stats (month, country_code, category, channel, loss_currency, reports, loss_minor)
    SELECT date_trunc('month', r.occurred_on)::date, coalesce(n.country_code, ''), r.category, r.channel,
           coalesce(r.loss_currency, ''), count(*), coalesce(sum(r.loss_amount_minor), 0)
      FROM reports AS r JOIN phone_numbers AS n ON n.e164 = r.displayed_e164
     WHERE r.status = 'approved'
     GROUP BY 1, 2, 3, 4, 5
  `);
}
