'use server';

import { redirect } from 'next/navigation';
import type { DisputeFormState } from '@/components/forms/form-state';
import { getDb } from '@/db/client';
import { checkDisputeRateLimit, findDisputeByToken, submitDispute } from '@/db/queries/disputes';
import { isAppError } from '@/lib/errors';
import { issueFormToken } from '@/lib/form-token';
import { parsePhone } from '@/lib/phone';
import { checkProofOfWork } from '@/lib/proof-of-work';
import { createReference } from '@/lib/reference';
import { createDisputeSchema, disputeFieldErrors, echoDisputeValues, readDisputeFormData } from '@/lib/validation/dispute';
import { EXPIRED_MESSAGE, POW_FAILED_MESSAGE, POW_REUSED_MESSAGE, screenSubmission } from '../../../submission-guard';

/** Receives a number owner's statement; `e164` is bound by the page, never read from the form. */
export async function submitDisputeAction(e164: string, previous: DisputeFormState, formData: FormData): Promise<DisputeFormState> {
  const raw = readDisputeFormData(formData);
  const values = echoDisputeValues(raw);
  const attempt = previous.attempt + 1;
  const phone = parsePhone(e164, null);
  if (!phone.ok || phone.phone.e164 !== e164) throw new Error('dispute for an invalid number');

  const screening = await screenSubmission(formData);
  if (screening.outcome === 'expired') return { status: 'refused', message: EXPIRED_MESSAGE, values, formToken: issueFormToken(), attempt };
  if (screening.outcome === 'robot') redirect(`/disputes/sent/${createReference('SD')}`);
  const { token, rawToken: formToken, ipHash } = screening;

  const parsed = createDisputeSchema().safeParse(raw);
  if (!parsed.success) return { status: 'invalid', fieldErrors: disputeFieldErrors(parsed.error), values, formToken, attempt };

  const db = await getDb();
  let reference = await findDisputeByToken(db, token.id);
  if (!reference) {
    if (!(await checkDisputeRateLimit(db, ipHash))) {
      return { status: 'refused', message: 'You have sent several statements recently. Please wait an hour and try again; your answers are still here.', values, formToken, attempt };
    }
    const pow = await checkProofOfWork(formData.get('altcha'));
    if (pow.status === 'invalid' || pow.status === 'expired') return { status: 'refused', message: POW_FAILED_MESSAGE, values, formToken, attempt };
    try {
      reference = await submitDispute(db, {
        phone: phone.phone,
        input: parsed.data,
        submissionToken: token.id,
        ipHash,
        challengeId: pow.status === 'verified' ? pow.challengeId : null,
      });
    } catch (error) {
      if (!isAppError(error, 'CONFLICT')) throw error;
      return { status: 'refused', message: POW_REUSED_MESSAGE, values, formToken, attempt };
    }
  }
  redirect(`/disputes/sent/${reference}`);
}
