'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { consumeTotpStep, getTotpState, setPendingTotpSecret } from '@/db/queries/users';
import { decryptTotpSecret, encryptTotpSecret, newTotpSecret, totpStep } from '@/lib/totp';
import { requireStaff } from '../guard';

/** Starts (or restarts) setting up an authenticator app for the signed-in member of staff. */
export async function startTotpAction(): Promise<void> {
  const staff = await requireStaff();
  const db = await getDb();
  const state = await getTotpState(db, staff.id);
  if (state?.totpEnabledAt) redirect('/admin/security?notice=already');
  await setPendingTotpSecret(db, staff.id, encryptTotpSecret(newTotpSecret()));
  redirect('/admin/security');
}

/** Confirms the app works: the first right code turns the second factor on. */
export async function confirmTotpAction(formData: FormData): Promise<void> {
  const staff = await requireStaff();
  const db = await getDb();
  const state = await getTotpState(db, staff.id);
  const secret = state?.totpSecret ? decryptTotpSecret(state.totpSecret) : null;
  if (!secret || state?.totpEnabledAt) redirect('/admin/security');
  const step = totpStep(secret, formData.get('code'));
  if (step === null || !(await consumeTotpStep(db, staff.id, step, true))) redirect('/admin/security?notice=wrong-code');
  await recordAudit(db, { actorId: staff.id, actorLabel: staff.email, action: 'user.totp_enable', subjectType: 'user', subjectId: staff.id });
  redirect('/admin/security?notice=enabled');
}
