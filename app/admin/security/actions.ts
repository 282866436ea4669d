'use server';

import { z } from 'zod';
import { enableTotp, getTotpState, setPendingTotpSecret } from '@/db/queries/users';
import { AppError } from '@/lib/errors';
import { decryptTotpSecret, encryptTotpSecret, hashRecoveryCode, newTotpSecret, recoveryCodesFor, totpStep } from '@/lib/totp';
import { staffAction } from '@/server/staff-action';
import { confirmStaffPassword } from '@/server/staff-reauth';

const back = () => '/admin/security';
const PASSWORD_AGAIN = 'Type your password to set up an authenticator app: nothing was changed.';

const start = staffAction({
  fields: ['password'],
  schema: z.object({ password: z.string().min(1).max(256) }),
  messages: { password: PASSWORD_AGAIN },
  back,
  allowWithoutSecondFactor: true,
  run: async ({ password }, { db, staff }) => {
    await confirmStaffPassword(db, staff, password);
    await setPendingTotpSecret(db, { userId: staff.id, email: staff.email, encryptedSecret: encryptTotpSecret(newTotpSecret()) });
    return { notice: 'Scan the code with your authenticator app, save your recovery codes, then enter the code the app shows.' };
  },
});

/**
 * Starts setting up an authenticator app for the signed-in member of staff, with their password
 * again. It replaces an app set up before, and its recovery codes.
 */
export async function startTotpAction(formData: FormData): Promise<void> {
  return start(formData);
}

const WRONG_CODE = 'That code did not match. Check the time on your phone, and enter the newest code.';
const SAVE_CODES = 'Save your recovery codes first, and tick the box to say you have.';

const confirm = staffAction({
  fields: ['code', 'saved'],
  schema: z.object({ code: z.string().trim().regex(/^\d{6}$/), saved: z.literal('yes') }),
  messages: { code: WRONG_CODE, saved: SAVE_CODES },
  back,
  allowWithoutSecondFactor: true,
  run: async ({ code }, { db, staff }) => {
    const state = await getTotpState(db, staff.id);
    const secret = state?.totpSecret && !state.totpEnabledAt ? decryptTotpSecret(state.totpSecret) : null;
    if (!secret) throw new AppError('CONFLICT', 'Start setting up your authenticator app first.');
    const step = totpStep(secret, code);
    const recoveryCodeHashes = recoveryCodesFor(secret).map((recovery) => hashRecoveryCode(staff.id, recovery));
    if (step === null || !(await enableTotp(db, { userId: staff.id, email: staff.email, step, recoveryCodeHashes }))) throw new AppError('INVALID_INPUT', WRONG_CODE);
    return { notice: 'Done: from now on, sign-in asks for a code from your app (or one of your recovery codes).' };
  },
});

/** Confirms the app works: the first right code turns the second factor on, with its recovery codes. */
export async function confirmTotpAction(formData: FormData): Promise<void> {
  return confirm(formData);
}
