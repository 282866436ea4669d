'use server';

import { z } from 'zod';
import { enableTotp, getTotpState, setPendingTotpSecret } from '@/db/queries/users';
import { AppError } from '@/lib/errors';
import { decryptTotpSecret, encryptTotpSecret, newTotpSecret, totpStep } from '@/lib/totp';
import { staffAction } from '@/server/staff-action';

const back = () => '/admin/security';

const start = staffAction({
  fields: [],
  schema: z.object({}),
  back,
  run: async (_input, { db, staff }) => {
    await setPendingTotpSecret(db, { userId: staff.id, encryptedSecret: encryptTotpSecret(newTotpSecret()) });
    return { notice: 'Scan the code with your authenticator app, then enter the code it shows.' };
  },
});

/** Starts (or restarts) setting up an authenticator app for the signed-in member of staff. */
export async function startTotpAction(formData: FormData): Promise<void> {
  return start(formData);
}

const WRONG_CODE = 'That code did not match. Check the time on your phone, and enter the newest code.';

const confirm = staffAction({
  fields: ['code'],
  schema: z.object({ code: z.string().trim().regex(/^\d{6}$/) }),
  messages: { code: WRONG_CODE },
  back,
  run: async ({ code }, { db, staff }) => {
    const state = await getTotpState(db, staff.id);
    const secret = state?.totpSecret && !state.totpEnabledAt ? decryptTotpSecret(state.totpSecret) : null;
    if (!secret) throw new AppError('CONFLICT', 'Start setting up your authenticator app first.');
    const step = totpStep(secret, code);
    if (step === null || !(await enableTotp(db, { userId: staff.id, email: staff.email, step }))) throw new AppError('INVALID_INPUT', WRONG_CODE);
    return { notice: 'Done: from now on, sign-in asks for a code from your app.' };
  },
});

/** Confirms the app works: the first right code turns the second factor on. */
export async function confirmTotpAction(formData: FormData): Promise<void> {
  return confirm(formData);
}
