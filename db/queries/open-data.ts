import { sql } from 'drizzle-orm';
import type { ExportNumberRow, ExportReportRow, TotalRecord } from '@/lib/open-data';
import { queryRows, type Db } from '../client';

export interface ListExportReportsParams {
  /** The last id of the previous batch; 0 for the first. */
  afterId: number;
  /** Reports published after this moment wait for the next dump. */
  publishedBefore: Date;
  limit: number;
}

/**
 * A batch of published reports for the downloads, in id order: only the columns a download may
 * hold, never the text, the caller ID name or anything about the reporter.
 */
export async function listExportReports(db: Db, { afterId, publishedBefore, limit }: ListExportReportsParams) {
  return queryRows<ExportReportRow & { id: number }>(
    db,
    sql`
      SELECT r.id::int AS id, r.reference, (r.published_at AT TIME ZONE 'UTC')::date::text AS "publishedOn",
             r.occurred_on::text AS "occurredOn", r.displayed_e164 AS "displayedE164", d.country_code AS "displayedCountry",
             r.callback_e164 AS "callbackE164", c.country_code AS "callbackCountry", r.channel, r.category,
             r.payment_method AS "paymentMethod", r.loss_amount_minor::float8 AS "lossAmountMinor", r.loss_currency AS "lossCurrency"
        FROM reports AS r
        JOIN phone_numbers AS d ON d.e164 = r.displayed_e164
        LEFT JOIN phone_numbers AS c ON c.e164 = r.callback_e164
       WHERE r.status = 'approved' AND r.id > ${afterId} AND r.published_at <= ${publishedBefore.toISOString()}
       ORDER BY r.id
       LIMIT ${limit}
    `,
  );
}

export interface ListExportNumbersParams {
  /** The last number of the previous batch; '' for the first. */
  afterE164: string;
  limit: number;
}

/** A batch of numbers with published reports, in E.164 order, with their public counts and any genuine owner. */
export async function listExportNumbers(db: Db, { afterE164, limit }: ListExportNumbersParams) {
  return queryRows<ExportNumberRow>(
    db,
    sql`
      SELECT p.e164, p.country_code AS "countryCode", p.calling_code AS "callingCode", p.line_type AS "lineType",
             p.report_count AS "reportCount", p.displayed_count AS "displayedCount", p.callback_count AS "callbackCount",
             p.loss_report_count AS "lossReportCount", p.categories, p.channels,
             p.first_reported_on::text AS "firstReportedOn", p.last_reported_on::text AS "lastReportedOn", p.dispute_state AS "disputeState",
             v.organisation AS "verifiedOrganisation", v.source_url AS "verifiedSource"
        FROM phone_numbers AS p
        LEFT JOIN verified_numbers AS v ON v.e164 = p.e164
       WHERE p.report_count > 0 AND p.e164 > ${afterE164}
       ORDER BY p.e164
       LIMIT ${limit}
    `,
  );
}

/**
 * The exact sums behind the statistics, from the same monthly roll-up: per month, country, kind
 * and currency. Published reports only, as the roll-up holds nothing else.
 */
export async function listExportTotals(db: Db): Promise<TotalRecord[]> {
  return queryRows<TotalRecord>(
    db,
    sql`
      SELECT to_char(month, 'YYYY-MM') AS month, nullif(country_code, '') AS country, category,
             nullif(loss_currency, '') AS loss_currency, sum(reports)::int AS reports, sum(loss_minor)::float8 AS loss_minor
        FROM report_stats
       GROUP BY month, country_code, category, loss_currency
      HAVING sum(reports) <> 0
       ORDER BY month, country_code, category, loss_currency
    `,
  );
}
