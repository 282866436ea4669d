import { and, arrayContains, asc, count, desc, eq, gt, gte, like, lt, sql, type SQL } from 'drizzle-orm';
import type { Category, Channel } from '@/db/constants';
import type { ParsedPhone } from '@/lib/phone';
import { queryRows, type Db } from '../client';
import { phoneNumbers, type PhoneNumberRow } from '../schema';

/** Creates the number's row if it is new. Reports reference numbers, so this runs first. */
export async function ensurePhoneNumber(db: Db, phone: ParsedPhone): Promise<void> {
  await db
    .insert(phoneNumbers)
    .values({
      e164: phone.e164,
      countryCode: phone.country,
      callingCode: phone.callingCode,
      lineType: phone.lineType,
    })
    .onConflictDoNothing({ target: phoneNumbers.e164 });
}

/**
 * Recounts numbers' public counters from their approved reports, in either role. Called inside
 * the transaction that changes a report's status, so the counters never disagree with the
 * reports; with `'all'`, after a bulk load, in one pass over the approved reports. A number
 * left without approved reports goes back to zero.
 */
export async function refreshNumberCounters(db: Db, e164s: readonly string[] | 'all'): Promise<void> {
  const unique = e164s === 'all' ? null : [...new Set(e164s)];
  if (unique?.length === 0) return;
  const only = (column: SQL) => (unique ? sql`AND ${column} IN ${unique}` : sql``);
  await db.execute(sql`
    UPDATE phone_numbers AS p SET
      report_count = coalesce(a.report_count, 0),
      displayed_count = coalesce(a.displayed_count, 0),
      callback_count = coalesce(a.callback_count, 0),
      loss_report_count = coalesce(a.loss_report_count, 0),
      reporter_count = coalesce(a.reporter_count, 0),
      categories = coalesce(a.categories, '{}'),
      channels = coalesce(a.channels, '{}'),
      first_reported_on = a.first_reported_on,
      last_reported_on = a.last_reported_on,
      updated_at = now()
    FROM phone_numbers AS n
    LEFT JOIN (
      SELECT e164,
        count(*)::int AS report_count,
        count(*) FILTER (WHERE role = 'displayed')::int AS displayed_count,
        count(*) FILTER (WHERE role = 'callback')::int AS callback_count,
        count(*) FILTER (WHERE lost)::int AS loss_report_count,
        count(DISTINCT reporter)::int AS reporter_count,
        -- Most reported first: a list cut at three names the kinds that matter.
        (SELECT array_agg(k ORDER BY n DESC, k) FROM (
          SELECT k, count(*) AS n FROM unnest(array_agg(category)) AS u(k) GROUP BY k) AS c) AS categories,
        (SELECT array_agg(k ORDER BY n DESC, k) FROM (
          SELECT k, count(*) AS n FROM unnest(array_agg(channel)) AS u(k) GROUP BY k) AS c) AS channels,
        min(occurred_on) AS first_reported_on,
        max(occurred_on) AS last_reported_on
      FROM (
        SELECT r.displayed_e164 AS e164, 'displayed' AS role, r.loss_amount_minor IS NOT NULL AS lost,
          coalesce(r.ip_hash, 'report:' || r.id::text) AS reporter, r.category, r.channel, r.occurred_on
        FROM reports AS r WHERE r.status = 'approved' ${only(sql`r.displayed_e164`)}
        UNION ALL
        SELECT r.callback_e164, 'callback', r.loss_amount_minor IS NOT NULL,
          coalesce(r.ip_hash, 'report:' || r.id::text), r.category, r.channel, r.occurred_on
        FROM reports AS r WHERE r.status = 'approved' AND r.callback_e164 IS NOT NULL ${only(sql`r.callback_e164`)}
      ) AS roles
      GROUP BY e164
    ) AS a ON a.e164 = n.e164
    WHERE p.e164 = n.e164 ${only(sql`n.e164`)}
  `);
}

/** Reported numbers whose E.164 SHA-256 is, or starts with, the given lowercase hex. */
export async function findNumbersByHash(db: Db, hash: string) {
  const condition = hash.length === 64 ? eq(phoneNumbers.e164Sha256, hash) : and(gte(phoneNumbers.e164Sha256, hash), lt(phoneNumbers.e164Sha256, `${hash}g`));
  return db
    .select({ e164: phoneNumbers.e164, sha256: sql<string>`${phoneNumbers.e164Sha256}`, reportCount: phoneNumbers.reportCount, lastReportedOn: phoneNumbers.lastReportedOn })
    .from(phoneNumbers)
    .where(and(condition, gt(phoneNumbers.reportCount, 0)))
    .orderBy(phoneNumbers.e164Sha256)
    .limit(100);
}

export type PublicPhoneNumber = Awaited<ReturnType<typeof getPhoneNumber>>;

/** A number's public summary, or null if nobody has ever reported it. */
export async function getPhoneNumber(db: Db, e164: string) {
  const [row] = await db
    .select({
      e164: phoneNumbers.e164,
      countryCode: phoneNumbers.countryCode,
      callingCode: phoneNumbers.callingCode,
      lineType: phoneNumbers.lineType,
      reportCount: phoneNumbers.reportCount,
      displayedCount: phoneNumbers.displayedCount,
      callbackCount: phoneNumbers.callbackCount,
      lossReportCount: phoneNumbers.lossReportCount,
      reporterCount: phoneNumbers.reporterCount,
      categories: phoneNumbers.categories,
      channels: phoneNumbers.channels,
      firstReportedOn: phoneNumbers.firstReportedOn,
      lastReportedOn: phoneNumbers.lastReportedOn,
      disputeState: phoneNumbers.disputeState,
      ownedSince: phoneNumbers.ownedSince,
    })
    .from(phoneNumbers)
    .where(eq(phoneNumbers.e164, e164))
    .limit(1);
  return row ?? null;
}

const summaryColumns = {
  e164: phoneNumbers.e164,
  countryCode: phoneNumbers.countryCode,
  lineType: phoneNumbers.lineType,
  reportCount: phoneNumbers.reportCount,
  lastReportedOn: phoneNumbers.lastReportedOn,
  categories: phoneNumbers.categories,
  disputeState: phoneNumbers.disputeState,
  // Spelled out: drizzle may print the outer column unqualified, and it would match the inner one.
  verifiedOrganisation: sql<string | null>`(SELECT v.organisation FROM verified_numbers AS v WHERE v.e164 = "phone_numbers"."e164")`,
};

export type NumberSummary = {
  e164: string;
  countryCode: string | null;
  lineType: PhoneNumberRow['lineType'];
  reportCount: number;
  lastReportedOn: string | null;
  categories: Category[];
  disputeState: PhoneNumberRow['disputeState'];
  /** The organisation whose genuine number this is, if staff verified it. */
  verifiedOrganisation: string | null;
};

export interface SearchByDigitsParams {
  /** At least three ASCII digits. */
  digits: string;
  page: number;
  pageSize: number;
}

/**
 * Reported numbers containing the digits anywhere (trigram index), numbers that start or end
 * with them first, then the most reported.
 */
export async function searchNumbersByDigits(db: Db, { digits, page, pageSize }: SearchByDigitsParams) {
  if (!/^\d{3,15}$/.test(digits)) throw new Error('searchNumbersByDigits needs 3 to 15 digits');
  const contains = like(phoneNumbers.digits, `%${digits}%`);
  const where = and(gt(phoneNumbers.reportCount, 0), contains);
  const rank = sql`CASE
    WHEN ${phoneNumbers.digits} LIKE ${`${digits}%`} OR substr(${phoneNumbers.digits}, length(${phoneNumbers.callingCode}) + 1) LIKE ${`${digits}%`} THEN 0
    WHEN ${phoneNumbers.digits} LIKE ${`%${digits}`} THEN 1
    ELSE 2 END`;
  const [rows, [total]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(phoneNumbers)
      .where(where)
      .orderBy(rank, desc(phoneNumbers.reportCount), asc(phoneNumbers.e164))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(phoneNumbers).where(where),
  ]);
  return { rows: rows as NumberSummary[], total: total?.value ?? 0 };
}

export type BrowseSort = 'most' | 'latest';

export interface BrowseCursor {
  /** The sort key of the last row shown: its report count, or its last report date. */
  key: number | string;
  e164: string;
}

export interface BrowseNumbersParams {
  country?: string | null;
  category?: Category | null;
  channel?: Channel | null;
  /** Only numbers reported on or after this date (YYYY-MM-DD). */
  since?: string | null;
  sort: BrowseSort;
  after?: BrowseCursor | null;
  limit: number;
}

/** Reported numbers for the browse page, with keyset pagination: page 500 costs what page 1 does. */
export async function browseNumbers(db: Db, params: BrowseNumbersParams) {
  const { country, category, channel, since, sort, after, limit } = params;
  const sortColumn = sort === 'most' ? phoneNumbers.reportCount : phoneNumbers.lastReportedOn;
  const conditions: SQL[] = [gt(phoneNumbers.reportCount, 0)];
  if (country) conditions.push(eq(phoneNumbers.countryCode, country));
  if (category) conditions.push(arrayContains(phoneNumbers.categories, [category]));
  if (channel) conditions.push(arrayContains(phoneNumbers.channels, [channel]));
  if (since) conditions.push(gte(phoneNumbers.lastReportedOn, since));
  if (after) conditions.push(sql`(${sortColumn}, ${phoneNumbers.e164}) < (${after.key}, ${after.e164})`);
  const rows = (await db
    .select(summaryColumns)
    .from(phoneNumbers)
    .where(and(...conditions))
    .orderBy(desc(sortColumn), desc(phoneNumbers.e164))
    .limit(limit + 1)) as NumberSummary[];
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next: BrowseCursor | null =
    rows.length > limit && last ? { key: sort === 'most' ? last.reportCount : (last.lastReportedOn ?? ''), e164: last.e164 } : null;
  return { rows: page, next };
}

/** Numbers with published reports, for the sitemap, in stable order. */
export async function listReportedNumbersForSitemap(db: Db, { offset, limit }: { offset: number; limit: number }) {
  return db
    .select({ e164: phoneNumbers.e164, lastReportedOn: phoneNumbers.lastReportedOn })
    .from(phoneNumbers)
    .where(gt(phoneNumbers.reportCount, 0))
    .orderBy(asc(phoneNumbers.e164))
    .limit(limit)
    .offset(offset);
}

export async function countReportedNumbers(db: Db): Promise<number> {
  const [row] = await db.select({ value: count() }).from(phoneNumbers).where(gt(phoneNumbers.reportCount, 0));
  return row?.value ?? 0;
}

/**
 * Whether the portal holds anything at all about a number: a report (of any status) or a
 * dispute, a verified owner, or an official complaint. The page of a number it knows nothing
 * about is read from nothing more (`server/number-pages.ts`).
 */
export async function isNumberKnown(db: Db, e164: string): Promise<boolean> {
  const [row] = await queryRows<{ known: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM phone_numbers WHERE e164 = ${e164})
            OR EXISTS (SELECT 1 FROM verified_numbers WHERE e164 = ${e164})
            OR EXISTS (SELECT 1 FROM official_complaints WHERE e164 = ${e164}) AS known`,
  );
  return row?.known ?? true;
}
