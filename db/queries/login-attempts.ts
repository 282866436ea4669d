import { and, eq, inArray, sql } from 'drizzle-orm';
import type { LoginOutcome } from '@/db/constants';
import { ACCOUNT_WINDOW_MINUTES, ADDRESS_WINDOW_MINUTES, refusalFor, type AttemptCounts, type Refusal } from '@/lib/login-throttle';
import { queryRows, type Db } from '../client';
import { loginAttempts } from '../schema';

export interface LoginAttempt {
  id: number;
  /** Why it may not be checked; null when its password may be checked now. */
  refusal: Refusal | null;
}

/**
 * Writes the attempt down first, then counts what came before it, so every attempt sent in
 * parallel is counted by the ones after it (see lib/login-throttle.ts). A refused attempt is
 * marked so at once.
 */
export async function beginLoginAttempt(db: Db, { emailHash, ipHash }: { emailHash: string; ipHash: string | null }): Promise<LoginAttempt> {
  const [attempt] = await db.insert(loginAttempts).values({ emailHash, ipHash }).returning({ id: loginAttempts.id });
  const id = attempt!.id;
  const [row] = await queryRows<{ pair_failures: number; since_ms: number | null; address_attempts: number; account_failures: number }>(
    db,
    sql`
      WITH mine AS (SELECT at FROM login_attempts WHERE id = ${id}),
      pair AS (
        SELECT a.at FROM login_attempts a, mine
         WHERE a.email_hash = ${emailHash} AND a.ip_hash IS NOT DISTINCT FROM ${ipHash} AND a.id <> ${id}
           AND a.outcome IN ('checking', 'failed') AND a.at > mine.at - interval '1 day'
           AND a.at > coalesce((SELECT max(s.at) FROM login_attempts s
                                 WHERE s.email_hash = ${emailHash} AND s.ip_hash IS NOT DISTINCT FROM ${ipHash} AND s.outcome = 'succeeded'), '-infinity')
      )
      SELECT
        (SELECT count(*)::int FROM pair) AS pair_failures,
        (SELECT (extract(epoch FROM (mine.at - max(pair.at))) * 1000)::float8 FROM pair, mine GROUP BY mine.at) AS since_ms,
        (SELECT count(*)::int FROM login_attempts a, mine
          WHERE ${ipHash}::text IS NOT NULL AND a.ip_hash = ${ipHash} AND a.id <> ${id} AND a.outcome <> 'succeeded'
            AND a.at > mine.at - make_interval(mins => ${ADDRESS_WINDOW_MINUTES})) AS address_attempts,
        (SELECT count(*)::int FROM login_attempts a, mine
          WHERE a.email_hash = ${emailHash} AND a.id <> ${id} AND a.outcome IN ('checking', 'failed')
            AND a.at > mine.at - make_interval(mins => ${ACCOUNT_WINDOW_MINUTES})) AS account_failures
    `,
  );
  const counts: AttemptCounts = {
    pairFailures: row?.pair_failures ?? 0,
    sinceLastPairFailureMs: row?.since_ms === null || row?.since_ms === undefined ? null : Math.max(0, Number(row.since_ms)),
    addressAttempts: row?.address_attempts ?? 0,
    accountFailures: row?.account_failures ?? 0,
  };
  const refusal = refusalFor(counts);
  if (refusal) await finishLoginAttempt(db, id, 'refused');
  return { id, refusal };
}

export async function finishLoginAttempt(db: Db, id: number, outcome: Exclude<LoginOutcome, 'checking'>): Promise<void> {
  await db.update(loginAttempts).set({ outcome }).where(eq(loginAttempts.id, id));
}

/** An admin's unlock: the account's failures no longer count, from any address. Returns how many were cleared. */
export async function clearLoginFailures(db: Db, emailHash: string): Promise<number> {
  const cleared = await db
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.emailHash, emailHash), inArray(loginAttempts.outcome, ['checking', 'failed', 'refused'])))
    .returning({ id: loginAttempts.id });
  return cleared.length;
}

