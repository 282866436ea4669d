import { sql } from 'drizzle-orm';
import { RateLimitError } from '@/lib/errors';
import { queryRows, type Db } from '../client';

export interface SubmissionLimits {
  perHour: number;
  perDay: number;
}

/**
 * Inside a storing transaction: counts the address's recent submissions under a lock on that
 * address, so parallel posts from one address are counted one after another and cannot pass the
 * limit together. Throws RateLimitError when one more would exceed it.
 */
export async function claimSubmissionSlot(tx: Db, { table, ipHash, limits }: { table: 'reports' | 'disputes'; ipHash: string | null; limits: SubmissionLimits }): Promise<void> {
  if (!ipHash) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`${table}:${ipHash}`}))`);
  const [row] = await queryRows<{ hour: number; day: number }>(
    tx,
    sql`SELECT count(*) FILTER (WHERE created_at >= now() - interval '1 hour')::int AS hour, count(*)::int AS day
          FROM ${sql.identifier(table)} WHERE ip_hash = ${ipHash} AND created_at >= now() - interval '1 day'`,
  );
  if ((row?.hour ?? 0) >= limits.perHour) throw new RateLimitError('hour');
  if ((row?.day ?? 0) >= limits.perDay) throw new RateLimitError('day');
}
