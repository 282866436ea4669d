import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { StaffRole } from '@/db/constants';
import { queryRows, type Db } from '../client';
import { staffSessions } from '../schema';

/** A session ends this long after sign-in, whatever happens. */
export const SESSION_HOURS = 12;
/** And after this long without a request. */
export const IDLE_MINUTES = 30;

export interface LiveSession {
  userId: string;
  email: string;
  role: StaffRole;
  sessionVersion: number;
  /** Whether the account has a second factor set up (admins must). */
  secondFactor: boolean;
}

function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** Starts a session for a member of staff who just signed in; returns its id, for the cookie only. */
export async function startStaffSession(db: Db, userId: string): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db.insert(staffSessions).values({ idHash: hashId(id), userId, expiresAt: sql`now() + make_interval(hours => ${SESSION_HOURS})` });
  return id;
}

/**
 * The session behind a request, if it is still live: not ended, not past its 12 hours, used in
 * the last 30 minutes, and its account enabled. Using it counts as activity. One statement, so
 * a sign-out elsewhere is seen by the very next request.
 */
export async function touchStaffSession(db: Db, id: string): Promise<LiveSession | null> {
  if (typeof id !== 'string' || id.length < 20 || id.length > 100) return null;
  const [row] = await queryRows<{ user_id: string; email: string; role: StaffRole; session_version: number; second_factor: boolean }>(
    db,
    sql`
      UPDATE staff_sessions AS s SET last_seen_at = now()
        FROM users AS u
       WHERE s.id_hash = ${hashId(id)} AND u.id = s.user_id
         AND s.ended_at IS NULL AND s.expires_at > now()
         AND s.last_seen_at > now() - make_interval(mins => ${IDLE_MINUTES})
         AND u.disabled_at IS NULL
      RETURNING u.id AS user_id, u.email, u.role, u.session_version, u.totp_enabled_at IS NOT NULL AS second_factor
    `,
  );
  return row ? { userId: row.user_id, email: row.email, role: row.role, sessionVersion: row.session_version, secondFactor: row.second_factor } : null;
}

/** Sign-out: the session's cookie opens nothing afterwards, on any instance. */
export async function endStaffSession(db: Db, id: string): Promise<void> {
  if (typeof id !== 'string') return;
  await db
    .update(staffSessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(staffSessions.idHash, hashId(id)), isNull(staffSessions.endedAt)));
}
