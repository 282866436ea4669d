import { asc, eq, sql } from 'drizzle-orm';
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
