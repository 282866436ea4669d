import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { StaffRole } from '@/db/constants';
import { AppError } from '@/lib/errors';
import type { Db } from '../client';
import { staffRecoveryCodes, users } from '../schema';
import { recordAudit } from './audit';

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

export async function listUsers(db: Db) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, lastLoginAt: users.lastLoginAt })
    .from(users)
    .orderBy(asc(users.email));
}

export async function recordLoginSuccess(db: Db, id: string): Promise<void> {
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, id));
}

export interface AccessChange {
  disabled?: boolean;
  role?: StaffRole;
  passwordHash?: string;
}

export interface UpdateUserAccessParams {
  email: string;
  change: AccessChange;
  /** Who made the change, for the audit entry written in the same transaction. */
  actor: { id: string | null; label: string };
}

/**
 * Disables, enables, changes the role of or sets a new password for an account, with its audit
 * entry (before and after) in the same transaction. Every session the user has ends.
 */
export async function updateUserAccess(db: Db, { email, change, actor }: UpdateUserAccessParams) {
  return db.transaction(async (t) => {
    const [before] = await t
      .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.email, email.toLowerCase()))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND', `There is no account for ${email}.`);
    const [row] = await t
      .update(users)
      .set({
        ...(change.disabled === undefined ? {} : { disabledAt: change.disabled ? sql`now()` : null }),
        ...(change.role ? { role: change.role } : {}),
        ...(change.passwordHash ? { passwordHash: change.passwordHash } : {}),
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, before.id))
      .returning({ id: users.id, email: users.email, role: users.role, disabledAt: users.disabledAt });
    const action = change.passwordHash ? 'user.reset_password' : change.role ? 'user.set_role' : change.disabled ? 'user.disable' : 'user.enable';
    await recordAudit(t, {
      actorId: actor.id,
      actorLabel: actor.label,
      action,
      subjectType: 'user',
      subjectId: before.id,
      before: { role: before.role, disabled: before.disabledAt !== null },
      after: { role: row!.role, disabled: row!.disabledAt !== null },
    });
    return row!;
  });
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ value: sql<number>`count(*)::int` }).from(users);
  return row?.value ?? 0;
}

/**
 * Starts setting up an authenticator app: the secret is kept, but not required until a first
 * code confirms it. Setting up a new app replaces the old one and its recovery codes at once;
 * the caller has checked the password again. Audited in the same transaction.
 */
export async function setPendingTotpSecret(db: Db, { userId, email, encryptedSecret }: { userId: string; email: string; encryptedSecret: string }): Promise<void> {
  await db.transaction(async (t) => {
    const [before] = await t.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId)).for('update');
    if (!before) throw new AppError('NOT_FOUND', 'This account no longer exists.');
    await t.update(users).set({ totpSecret: encryptedSecret, totpEnabledAt: null, totpLastStep: null, updatedAt: sql`now()` }).where(eq(users.id, userId));
    await t.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, userId));
    await recordAudit(t, {
      actorId: userId,
      actorLabel: email,
      action: 'user.totp_setup_started',
      subjectType: 'user',
      subjectId: userId,
      before: { secondFactor: before.enabledAt ? 'on' : 'off' },
      after: { secondFactor: 'being set up' },
    });
  });
}

export async function getTotpState(db: Db, id: string) {
  const [row] = await db.select({ totpSecret: users.totpSecret, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/**
 * Spends a code's time step, so the same code never works twice, even when two sign-ins race.
 * Returns false when that step (or a later one) was already used.
 */
export async function consumeTotpStep(db: Db, { userId, step }: { userId: string; step: number }): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step, updatedAt: sql`now()` })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}

/**
 * Turns the second factor on with the first right code from the app, spending its time step, and
 * audits it in the same transaction. Returns false when the step was already used.
 */
export async function enableTotp(db: Db, { userId, email, step, recoveryCodeHashes }: { userId: string; email: string; step: number; recoveryCodeHashes: string[] }): Promise<boolean> {
  return db.transaction(async (t) => {
    const rows = await t
      .update(users)
      .set({ totpLastStep: step, totpEnabledAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(users.id, userId), isNull(users.totpEnabledAt), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    if (rows.length !== 1) return false;
    await t.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, userId));
    await t.insert(staffRecoveryCodes).values(recoveryCodeHashes.map((codeHash) => ({ userId, codeHash })));
    await recordAudit(t, {
      actorId: userId,
      actorLabel: email,
      action: 'user.totp_enable',
      subjectType: 'user',
      subjectId: userId,
      before: { secondFactor: 'being set up' },
      after: { secondFactor: 'on', recoveryCodes: recoveryCodeHashes.length },
    });
    return true;
  });
}

/** Spends a recovery code; false when it is not one of the account's, or was used already. */
export async function spendRecoveryCode(db: Db, { userId, codeHash }: { userId: string; codeHash: string }): Promise<boolean> {
  const rows = await db
    .update(staffRecoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(staffRecoveryCodes.userId, userId), eq(staffRecoveryCodes.codeHash, codeHash), isNull(staffRecoveryCodes.usedAt)))
    .returning({ id: staffRecoveryCodes.id });
  return rows.length === 1;
}

/** How many of an account's recovery codes are left. */
export async function countRecoveryCodesLeft(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: sql<number>`count(*)::int` })
    .from(staffRecoveryCodes)
    .where(and(eq(staffRecoveryCodes.userId, userId), isNull(staffRecoveryCodes.usedAt)));
  return row?.value ?? 0;
}

/** Turns the second factor off, e.g. for someone who lost their phone; ends their sessions. */
export async function resetTotp(db: Db, email: string, actor: { id: string | null; label: string }) {
  return db.transaction(async (t) => {
    const [before] = await t.select({ id: users.id, enabledAt: users.totpEnabledAt }).from(users).where(eq(users.email, email.toLowerCase())).for('update');
    if (!before) return null;
    const [row] = await t
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, before.id))
      .returning({ id: users.id, email: users.email });
    await t.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, before.id));
    await recordAudit(t, {
      actorId: actor.id,
      actorLabel: actor.label,
      action: 'user.totp_reset',
      subjectType: 'user',
      subjectId: before.id,
      before: { secondFactor: before.enabledAt ? 'on' : 'off' },
      after: { secondFactor: 'off' },
    });
    return row ?? null;
  });
}
