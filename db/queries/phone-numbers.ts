import { eq, sql } from 'drizzle-orm';
import type { ParsedPhone } from '@/lib/phone';
import type { Db } from '../client';
import { phoneNumbers } from '../schema';

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
 * Recounts a number's public counters from its approved reports. Called inside the transaction
 * that changes a report's status, so the counters never disagree with the reports.
 */
export async function refreshNumberCounters(db: Db, e164s: readonly string[]): Promise<void> {
  const unique = [...new Set(e164s)];
  if (unique.length === 0) return;
  await db.execute(sql`
    UPDATE phone_numbers AS p SET
      report_count = a.report_count,
      displayed_count = a.displayed_count,
      callback_count = a.callback_count,
      loss_report_count = a.loss_report_count,
      reporter_count = a.reporter_count,
      first_reported_on = a.first_reported_on,
      last_reported_on = a.last_reported_on,
      updated_at = now()
    FROM (
      SELECT n.e164,
        count(r.id)::int AS report_count,
        count(r.id) FILTER (WHERE r.displayed_e164 = n.e164)::int AS displayed_count,
        count(r.id) FILTER (WHERE r.callback_e164 = n.e164)::int AS callback_count,
        count(r.id) FILTER (WHERE r.loss_amount_minor IS NOT NULL)::int AS loss_report_count,
        count(DISTINCT coalesce(r.ip_hash, 'report:' || r.id::text))::int AS reporter_count,
        min(r.occurred_on) AS first_reported_on,
        max(r.occurred_on) AS last_reported_on
      FROM phone_numbers AS n
      LEFT JOIN reports AS r
        ON r.status = 'approved' AND (r.displayed_e164 = n.e164 OR r.callback_e164 = n.e164)
      WHERE n.e164 IN ${unique}
      GROUP BY n.e164
    ) AS a
    WHERE p.e164 = a.e164
  `);
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
      firstReportedOn: phoneNumbers.firstReportedOn,
      lastReportedOn: phoneNumbers.lastReportedOn,
      disputeState: phoneNumbers.disputeState,
    })
    .from(phoneNumbers)
    .where(eq(phoneNumbers.e164, e164))
    .limit(1);
  return row ?? null;
}
