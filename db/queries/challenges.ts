import { lt } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import type { Db } from '../client';
import { spentChallenges } from '../schema';

/**
 * Spends a solved proof-of-work challenge inside the caller's transaction: a challenge buys one
 * submission, and a replay rolls the whole submission back.
 */
export async function spendChallenge(db: Db, challengeId: string): Promise<void> {
  const spent = await db.insert(spentChallenges).values({ id: challengeId }).onConflictDoNothing().returning({ id: spentChallenges.id });
  if (spent.length === 0) throw new AppError('CONFLICT', 'This proof-of-work challenge was already used.');
}

/** Forgets challenges whose proof could no longer be accepted anyway. */
export async function pruneSpentChallenges(db: Db, olderThan: Date): Promise<void> {
  await db.delete(spentChallenges).where(lt(spentChallenges.spentAt, olderThan));
}
