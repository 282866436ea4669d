import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import type { StaffRole } from '@/db/constants';
import { recordAudit } from '@/db/queries/audit';
import { countUsers, createUser, enableTotp, findUserByEmail, setPendingTotpSecret } from '@/db/queries/users';
import { hashPassword } from '@/lib/passwords';
import { encryptTotpSecret, hashRecoveryCode, recoveryCodesFor } from '@/lib/totp';

/** A password to print once: 20 random characters from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(20)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

export async function addStaff(db: Db, params: { email: string; name: string; role: StaffRole; password: string }, actor = 'cli') {
  const user = await createUser(db, { email: params.email, name: params.name, role: params.role, passwordHash: await hashPassword(params.password) });
  if (user) await recordAudit(db, { actorLabel: actor, action: 'user.create', subjectType: 'user', subjectId: user.id, after: { email: user.email, role: user.role } });
  return user;
}

/** On the first start of a demo database: one admin, whose password is shown once. */
export async function createDemoAdminIfNone(db: Db): Promise<{ email: string; password: string } | null> {
  if ((await countUsers(db)) > 0) return null;
  const password = generatePassword();
  const user = await addStaff(db, { email: 'admin@demo.invalid', name: 'Demo admin', role: 'admin', password }, 'system');
  return user ? { email: user.email, password } : null;
}

/** Sets up a second factor with a known authenticator key, for an account created by a script. */
export async function enableSecondFactor(db: Db, email: string, keyBase32: string): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`There is no account for ${email}.`);
  await setPendingTotpSecret(db, { userId: user.id, email: user.email, encryptedSecret: encryptTotpSecret(keyBase32) });
  const recoveryCodeHashes = recoveryCodesFor(keyBase32).map((code) => hashRecoveryCode(user.id, code));
  if (!(await enableTotp(db, { userId: user.id, email: user.email, step: 0, recoveryCodeHashes }))) throw new Error(`Could not set up a second factor for ${email}.`);
}
