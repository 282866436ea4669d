import { sql } from 'drizzle-orm';
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

const count = async (db: Db, statement: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, sql`WITH erased AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM erased`))[0]?.n ?? 0;
const before = (days: number, now: Date) => sql`${new Date(now.getTime() - days * 86_400_000).toISOString()}::timestamptz`;

/**
 * Erases the personal data that is past its time, in one transaction, and notes in the audit log
 * how much of each kind it erased (never what). Nothing younger than its limit is touched.
 */
export async function applyRetention(db: Db, policy: RetentionPolicy, now = new Date()): Promise<RetentionResult> {
  const emails = before(policy.reporterEmailDays, now);
  const ips = before(policy.ipHashDays, now);
  const texts = before(policy.rejectedTextDays, now);
  const signIns = before(policy.failedSignInDays, now);
  const result = await db.transaction(async (t) => {
    // Failed sign-ins first: a record deleted does not also count as an IP hash erased.
    const failedSignIns = await count(t, sql`DELETE FROM login_attempts WHERE outcome <> 'succeeded' AND at < ${signIns}`);
    const erased: RetentionResult = {
      reporterEmails: await count(t, sql`UPDATE reports SET reporter_email = NULL, updated_at = now() WHERE reporter_email IS NOT NULL AND decided_at < ${emails}`),
      ownerContacts: await count(t, sql`UPDATE disputes SET contact = NULL, updated_at = now() WHERE contact IS NOT NULL AND decided_at < ${emails}`),
      ipHashes:
        (await count(t, sql`UPDATE reports SET ip_hash = NULL WHERE ip_hash IS NOT NULL AND created_at < ${ips}`)) +
        (await count(t, sql`UPDATE disputes SET ip_hash = NULL WHERE ip_hash IS NOT NULL AND created_at < ${ips}`)) +
        (await count(t, sql`UPDATE login_attempts SET ip_hash = NULL WHERE ip_hash IS NOT NULL AND at < ${ips}`)) +
        (await count(t, sql`UPDATE audit_events SET ip_hash = NULL WHERE ip_hash IS NOT NULL AND occurred_at < ${ips}`)),
      // The redacted text stays, so the report still says what happened, without personal data.
      rejectedTexts: await count(
        t,
        sql`UPDATE reports SET description = description_redacted, updated_at = now() WHERE status IN ('rejected', 'spam') AND decided_at < ${texts} AND description IS DISTINCT FROM description_redacted`,
      ),
      failedSignIns,
    };
    if (Object.values(erased).some((n) => n > 0)) {
      await recordAudit(t, { actorLabel: 'retention', action: 'retention.erase', after: { ...erased, policy: { ...policy } } });
    }
    return erased;
  });
  await recordJobRun(db, 'retention', { ...result });
  return result;
}
