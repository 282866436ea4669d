import { sql, type SQL } from 'drizzle-orm';
import type { RetentionPolicy } from '@/lib/settings';
import { queryRows, type Db } from '../client';
import { recordAudit } from './audit';
import { recordJobRun } from './operations';

/** What one run of the retention erased, by kind. */
export interface RetentionResult {
  reporterEmails: number;
  ownerContacts: number;
  ipHashes: number;
  rejectedTexts: number;
  failedSignIns: number;
}

const count = async (db: Db, statement: SQL) => (await queryRows<{ n: number }>(db, sql`WITH erased AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM erased`))[0]?.n ?? 0;
const before = (days: number, now: Date) => sql`${new Date(now.getTime() - days * 86_400_000).toISOString()}::timestamptz`;
/** Rows changed per statement: many short statements keep the embedded database's memory small. */
const BATCH = 2_000;

/** Runs `change` (given the ids to touch) over `table`'s rows that `where` selects, a batch at a time. */
async function inBatches(db: Db, table: string, where: SQL, change: (ids: SQL) => SQL): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = sql`SELECT id FROM ${sql.identifier(table)} WHERE ${where} LIMIT ${BATCH}`;
    const done = await count(db, change(ids));
    total += done;
    if (done < BATCH) return total;
  }
}

/**
 * Erases the personal data that is past its time, a batch at a time (each batch whole; a run cut
 * short is finished by the next), and notes in the audit log how much of each kind it erased
 * (never what). Nothing younger than its limit is touched.
 */
export async function applyRetention(db: Db, policy: RetentionPolicy, now = new Date()): Promise<RetentionResult> {
  const emails = before(policy.reporterEmailDays, now);
  const ips = before(policy.ipHashDays, now);
  const texts = before(policy.rejectedTextDays, now);
  const signIns = before(policy.failedSignInDays, now);
  // Failed sign-ins first: a record deleted does not also count as an IP hash erased.
  const failedSignIns = await inBatches(db, 'login_attempts', sql`outcome <> 'succeeded' AND at < ${signIns}`, (ids) => sql`DELETE FROM login_attempts WHERE id IN (${ids})`);
  const result: RetentionResult = {
    reporterEmails: await inBatches(db, 'reports', sql`reporter_email IS NOT NULL AND decided_at < ${emails}`, (ids) => sql`UPDATE reports SET reporter_email = NULL, updated_at = now() WHERE id IN (${ids})`),
    ownerContacts: await inBatches(db, 'disputes', sql`contact IS NOT NULL AND decided_at < ${emails}`, (ids) => sql`UPDATE disputes SET contact = NULL, updated_at = now() WHERE id IN (${ids})`),
    ipHashes:
      (await inBatches(db, 'reports', sql`ip_hash IS NOT NULL AND created_at < ${ips}`, (ids) => sql`UPDATE reports SET ip_hash = NULL WHERE id IN (${ids})`)) +
      (await inBatches(db, 'disputes', sql`ip_hash IS NOT NULL AND created_at < ${ips}`, (ids) => sql`UPDATE disputes SET ip_hash = NULL WHERE id IN (${ids})`)) +
      (await inBatches(db, 'login_attempts', sql`ip_hash IS NOT NULL AND at < ${ips}`, (ids) => sql`UPDATE login_attempts SET ip_hash = NULL WHERE id IN (${ids})`)) +
      (await inBatches(db, 'audit_events', sql`ip_hash IS NOT NULL AND occurred_at < ${ips}`, (ids) => sql`UPDATE audit_events SET ip_hash = NULL WHERE id IN (${ids})`)),
    // The redacted text stays, so the report still says what happened, without personal data.
    rejectedTexts: await inBatches(
      db,
      'reports',
      sql`status IN ('rejected', 'spam') AND decided_at < ${texts} AND description IS DISTINCT FROM description_redacted`,
      (ids) => sql`UPDATE reports SET description = description_redacted, updated_at = now() WHERE id IN (${ids})`,
    ),
    failedSignIns,
  };
  if (Object.values(result).some((n) => n > 0)) {
    await recordAudit(db, { actorLabel: 'retention', action: 'retention.erase', after: { ...result, policy: { ...policy } } });
  }
  await recordJobRun(db, 'retention', { ...result });
  return result;
}
