import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { StaffRole } from '@/db/constants';
import type { Db } from '../client';
import { users } from '../schema';

export interface CreateUserParams {
  email: string;
  name: string;
  role: StaffRole;
  passwordHash: string;
}

export async function createUser(db: Db, params: CreateUserParams) {
  const [row] = await db
    .insert(users)
    .values({ ...params, email: params.email.toLowerCase() })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, role: users.role });
  return row ?? null;
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row ?? null;
}

/** What every request re-checks about a signed-in member of staff. */
export async function getSessionUser(db: Db, id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

export async function listUsers(db: Db) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, lastLoginAt: users.lastLoginAt })
    .from(users)
    .orderBy(asc(users.email));
}

export async function recordLoginFailure(db: Db, id: string): Promise<void> {
  await db
    .update(users)
    .set({ failedLoginCount: sql`${users.failedLoginCount} + 1`, lastFailedLoginAt: sql`now()` })
    .where(eq(users.id, id));
}

export async function recordLoginSuccess(db: Db, id: string): Promise<void> {
  await db.update(users).set({ failedLoginCount: 0, lastLoginAt: sql`now()` }).where(eq(users.id, id));
}

/** Disabling, a role change or a new password ends every session the user has. */
export async function updateUserAccess(
  db: Db,
  email: string,
  change: { disabled?: boolean; role?: StaffRole; passwordHash?: string },
) {
  const [row] = await db
    .update(users)
    .set({
      ...(change.disabled === undefined ? {} : { disabledAt: change.disabled ? sql`now()` : null }),
      ...(change.role ? { role: change.role } : {}),
      ...(change.passwordHash ? { passwordHash: change.passwordHash, failedLoginCount: 0 } : {}),
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(users.email, email.toLowerCase()))
    .returning({ id: users.id, email: users.email, role: users.role, disabledAt: users.disabledAt });
  return row ?? null;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ value: sql<number>`count(*)::int` }).from(users);
  return row?.value ?? 0;
}

/** Starts TOTP enrolment: the secret is kept, but not required until a first code confirms it. */
export async function setPendingTotpSecret(db: Db, id: string, encryptedSecret: string): Promise<void> {
  await db.update(users).set({ totpSecret: encryptedSecret, totpEnabledAt: null, totpLastStep: null, updatedAt: sql`now()` }).where(eq(users.id, id));
}

export async function getTotpState(db: Db, id: string) {
  const [row] = await db.select({ totpSecret: users.totpSecret, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/**
 * Spends a code's time step, so the same code never works twice, even when two sign-ins race.
 * Returns false when that step (or a later one) was already used.
 */
export async function consumeTotpStep(db: Db, id: string, step: number, enable = false): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step, ...(enable ? { totpEnabledAt: sql`now()` } : {}), updatedAt: sql`now()` })
    .where(and(eq(users.id, id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Turns the second factor off, e.g. for someone who lost their phone; ends their sessions. */
export async function resetTotp(db: Db, email: string) {
  const [row] = await db
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.email, email.toLowerCase()))
    .returning({ id: users.id, email: users.email });
  return row ?? null;
}
