import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import type { StaffRole } from '@/db/constants';
import { recordAudit } from '@/db/queries/audit';
import { countUsers, createUser } from '@/db/queries/users';
import { hashPassword } from '@/lib/passwords';

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
