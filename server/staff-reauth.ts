import { headers } from 'next/headers';
import type { Db } from '@/db/client';
import { beginLoginAttempt, finishLoginAttempt } from '@/db/queries/login-attempts';
import { findUserByEmail } from '@/db/queries/users';
import { AppError } from '@/lib/errors';
import { CLIENT_IP_HEADER, hashIp } from '@/lib/ip';
import { hashLoginEmail } from '@/lib/login-throttle';
import { verifyPassword } from '@/lib/passwords';
import type { Staff } from './staff-guard';

/**
 * A change to someone's access asks the admin making it for their password again, so a session
 * left open on a desk cannot hand out admin rights. Each try counts as a sign-in attempt, with
 * the same limits (lib/login-throttle.ts).
 */
export async function confirmStaffPassword(db: Db, staff: Staff, password: string): Promise<void> {
  const ipHash = hashIp((await headers()).get(CLIENT_IP_HEADER));
  const attempt = await beginLoginAttempt(db, { emailHash: hashLoginEmail(staff.email), ipHash });
  if (attempt.refusal) throw new AppError('RATE_LIMITED', 'Too many wrong passwords: wait a minute, then try again. Nothing was changed.');
  const account = await findUserByEmail(db, staff.email);
  const right = await verifyPassword(account?.passwordHash ?? null, password);
  await finishLoginAttempt(db, attempt.id, right ? 'succeeded' : 'failed');
  if (!right) throw new AppError('FORBIDDEN', 'That is not your password: nothing was changed.');
}
