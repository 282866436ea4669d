import { and, desc, eq, or, sql } from 'drizzle-orm';
import { APP_CHANNELS, type Category, type Channel } from '@/db/constants';
import { NO_EVIDENCE, type NumberEvidence } from '@/lib/risk';
import { queryRows, type Db } from '../client';
import { reports, reportStats } from '../schema';
import { countReportedNumbers } from './phone-numbers';

/** The columns any public page may show of a report: never the original text or the reporter. */
export const publicReportColumns = {
  reference: reports.reference,
  displayedE164: reports.displayedE164,
  callbackE164: reports.callbackE164,
  channel: reports.channel,
  category: reports.category,
  callerIdName: reports.callerIdName,
  occurredOn: reports.occurredOn,
  description: reports.descriptionRedacted,
  lossAmountMinor: reports.lossAmountMinor,
  lossCurrency: reports.lossCurrency,
  paymentMethod: reports.paymentMethod,
  publishedAt: reports.publishedAt,
};

export type PublicReport = Awaited<ReturnType<typeof listLatestReports>>[number];

export interface ListLatestReportsParams {
  limit: number;
}

/** The most recently published reports, newest first. */
export async function listLatestReports(db: Db, { limit }: ListLatestReportsParams) {
  return db
    .select(publicReportColumns)
    .from(reports)
    .where(eq(reports.status, 'approved'))
    .orderBy(desc(reports.publishedAt), desc(reports.id))
    .limit(limit);
}

/**
 * Headline figures for the home page. The published reports are summed from the statistics'
 * roll-up, which counts each of them exactly: counting the reports themselves read a million
 * rows (0.4 s on the embedded database, which runs one statement at a time for every visitor).
 */
export async function getPublicTotals(db: Db): Promise<{ reports: number; numbers: number }> {
  const [[reportTotal], numbers] = await Promise.all([
    db.select({ value: sql<number>`coalesce(sum(${reportStats.reports}), 0)::int` }).from(reportStats),
    countReportedNumbers(db),
  ]);
  return { reports: reportTotal?.value ?? 0, numbers };
}

export type NumberRole = 'displayed' | 'callback';

export interface ListNumberReportsParams {
  e164: string;
  limit: number;
  offset: number;
}

/** A number's published reports in either role, newest first. */
export async function listNumberReports(db: Db, { e164, limit, offset }: ListNumberReportsParams) {
  const rows = await db
    .select({
      ...publicReportColumns,
      role: sql<NumberRole>`CASE WHEN ${reports.displayedE164} = ${e164} THEN 'displayed' ELSE 'callback' END`,
    })
    .from(reports)
    .where(and(eq(reports.status, 'approved'), or(eq(reports.displayedE164, e164), eq(reports.callbackE164, e164))))
    .orderBy(desc(reports.occurredOn), desc(reports.id))
    .limit(limit)
    .offset(offset);
  return rows;
}

export interface NumberBreakdown {
  reportsLast30Days: number;
  byCategory: Array<{ category: Category; count: number }>;
  byChannel: Array<{ channel: Channel; count: number }>;
  /** Money reported lost, per currency: amounts in different currencies are never added up. */
  losses: Array<{ currency: string; totalMinor: number; count: number }>;
}

/** Counts of a number's published reports by category, channel and currency, in one pass. */
export async function getNumberBreakdown(db: Db, { e164, since }: { e164: string; since: string }): Promise<NumberBreakdown> {
  const rows = await queryRows<{
    category: Category | null;
    channel: Channel | null;
    currency: string | null;
    grouping: number;
    n: number;
    total: string | number | null;
    recent: number;
  }>(
    db,
    sql`
      WITH r AS (
        SELECT id, category, channel, occurred_on, loss_amount_minor, loss_currency
          FROM reports WHERE status = 'approved' AND displayed_e164 = ${e164}
        UNION
        SELECT id, category, channel, occurred_on, loss_amount_minor, loss_currency
          FROM reports WHERE status = 'approved' AND callback_e164 = ${e164}
      )
      SELECT category, channel, loss_currency AS currency,
             GROUPING(category, channel, loss_currency)::int AS grouping,
             count(*)::int AS n,
             sum(loss_amount_minor) AS total,
             count(*) FILTER (WHERE occurred_on >= ${since})::int AS recent
        FROM r
       GROUP BY GROUPING SETS ((category), (channel), (loss_currency), ())
    `,
  );
  // GROUPING() sets a bit for each column not grouped on: 3 = by category, 5 = by channel,
  // 6 = by currency, 7 = the grand total.
  const breakdown: NumberBreakdown = { reportsLast30Days: 0, byCategory: [], byChannel: [], losses: [] };
  for (const row of rows) {
    if (row.grouping === 3 && row.category) breakdown.byCategory.push({ category: row.category, count: row.n });
    else if (row.grouping === 5 && row.channel) breakdown.byChannel.push({ channel: row.channel, count: row.n });
    else if (row.grouping === 6 && row.currency) breakdown.losses.push({ currency: row.currency, totalMinor: Number(row.total ?? 0), count: row.n });
    else if (row.grouping === 7) breakdown.reportsLast30Days = row.recent;
  }
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  breakdown.byCategory.sort(byCount);
  breakdown.byChannel.sort(byCount);
  breakdown.losses.sort(byCount);
  return breakdown;
}

export interface GetNumberEvidenceParams {
  e164: string;
  /** Contacts on or after this day count as recent (YYYY-MM-DD). */
  recentSince: string;
  /** The day the current owner got the number: reports of earlier contacts do not count. */
  ownedSince: string | null;
}

/**
 * The figures a number's verdict rests on, in one statement over one set of published reports,
 * so that no figure can disagree with another. People are told apart by the keyed hash of their
 * address; a report without one counts as its own person. A person counts as told to contact the
 * number, or contacted from an app account, if any of their reports says so.
 */
export async function getNumberEvidence(db: Db, { e164, recentSince, ownedSince }: GetNumberEvidenceParams): Promise<NumberEvidence> {
  const since = ownedSince ?? '0001-01-01';
  const [row] = await queryRows<{
    reports: number;
    people: number;
    callback_people: number;
    app_people: number;
    organisation_people: number;
    loss_people: number;
    recent: number;
    first_on: string | null;
    last_on: string | null;
    before_owner: number;
  }>(
    db,
    sql`
      WITH r AS (
        SELECT id, 'displayed' AS role, coalesce(ip_hash, 'report:' || id::text) AS reporter, occurred_on,
               loss_amount_minor IS NOT NULL AS lost, coalesce(screen_showed_organisation, false) AS organisation,
               channel IN ${APP_CHANNELS} AS app
          FROM reports WHERE status = 'approved' AND displayed_e164 = ${e164}
        UNION ALL
        SELECT id, 'callback', coalesce(ip_hash, 'report:' || id::text), occurred_on, loss_amount_minor IS NOT NULL, false, false
          FROM reports WHERE status = 'approved' AND callback_e164 = ${e164}
      ),
      counted AS (SELECT * FROM r WHERE occurred_on >= ${since}::date),
      person AS (
        SELECT reporter, bool_or(role = 'callback') AS callback, bool_or(app) AS app, bool_or(organisation AND NOT app) AS organisation, bool_or(lost) AS lost
          FROM counted GROUP BY reporter
      )
      SELECT
        (SELECT count(*)::int FROM counted) AS reports,
        (SELECT count(*)::int FROM person) AS people,
        (SELECT count(*)::int FROM person WHERE callback) AS callback_people,
        (SELECT count(*)::int FROM person WHERE app AND NOT callback) AS app_people,
        (SELECT count(*)::int FROM person WHERE organisation AND NOT callback AND NOT app) AS organisation_people,
        (SELECT count(*)::int FROM person WHERE lost) AS loss_people,
        (SELECT count(*)::int FROM counted WHERE occurred_on >= ${recentSince}::date) AS recent,
        (SELECT min(occurred_on)::text FROM counted) AS first_on,
        (SELECT max(occurred_on)::text FROM counted) AS last_on,
        (SELECT count(*)::int FROM r WHERE occurred_on < ${since}::date) AS before_owner
    `,
  );
  if (!row) return NO_EVIDENCE;
  return {
    reports: row.reports,
    people: row.people,
    callbackPeople: row.callback_people,
    appPeople: row.app_people,
    organisationPeople: row.organisation_people,
    lossPeople: row.loss_people,
    recentReports: row.recent,
    firstReportedOn: row.first_on,
    lastReportedOn: row.last_on,
    reportsBeforeOwner: row.before_owner,
  };
}

export interface ReportCursor {
  /** Microseconds since the epoch, exact: bulk approvals give many reports one timestamp. */
  publishedMicros: string;
  id: number;
}

/** A cursor as it travels in addresses: "<published, in µs since 1970>~<id>". */
export function readReportCursor(raw: string | null | undefined): ReportCursor | null {
  const match = raw?.match(/^(\d{1,17})~(\d{1,15})$/);
  return match ? { publishedMicros: match[1]!, id: Number(match[2]) } : null;
}

export function writeReportCursor(cursor: ReportCursor): string {
  return `${cursor.publishedMicros}~${cursor.id}`;
}

/** The published-reports feed, newest first, with keyset pagination. */
export async function listPublishedReports(
  db: Db,
  { before, limit, category, channel, country }: { before?: ReportCursor | null; limit: number; category?: Category; channel?: Channel; country?: string },
) {
  const conditions = [eq(reports.status, 'approved')];
  if (category) conditions.push(eq(reports.category, category));
  if (channel) conditions.push(eq(reports.channel, channel));
  // By the country of the number shown on caller ID.
  if (country) conditions.push(sql`${reports.displayedE164} IN (SELECT e164 FROM phone_numbers WHERE country_code = ${country} AND report_count > 0)`);
  if (before) {
    conditions.push(
      sql`(${reports.publishedAt}, ${reports.id}) < (timestamptz 'epoch' + ${before.publishedMicros}::bigint * interval '1 microsecond', ${before.id})`,
    );
  }
  const rows = await db
    .select({
      ...publicReportColumns,
      id: reports.id,
      publishedMicros: sql<string>`(extract(epoch from ${reports.publishedAt}) * 1000000)::bigint::text`,
    })
    .from(reports)
    .where(and(...conditions))
    .orderBy(desc(reports.publishedAt), desc(reports.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next: ReportCursor | null = rows.length > limit && last ? { publishedMicros: last.publishedMicros, id: last.id } : null;
  return { rows: page.map(({ id: _id, publishedMicros: _micros, ...report }) => report), next };
}
