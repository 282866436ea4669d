'use server';

import { notFound } from 'next/navigation';
import { submitDispute } from '@/db/queries/disputes';
import { parsePhone } from '@/lib/phone';
import { createDisputeSchema, DISPUTE_FIELDS, STATEMENT_MAX } from '@/lib/validation/dispute';
import type { DisputeFormState } from '@/lib/validation/form-state';
import { publicSubmission } from '@/server/public-submission';

/** Receives a number owner's statement; `e164` is bound by the page, never read from the form. */
export async function submitDisputeAction(e164: string, previous: DisputeFormState, formData: FormData): Promise<DisputeFormState> {
  const phone = parsePhone(e164, null);
  if (!phone.ok || phone.phone.e164 !== e164) notFound();
  return publicSubmission({
    fields: DISPUTE_FIELDS,
    schema: () => createDisputeSchema(),
    store: (db, submission) => submitDispute(db, { ...submission, phone: phone.phone }),
    rateLimit: () => 'You have sent several statements recently. Please wait an hour and try again; your answers are still here.',
    redirectTo: (reference) => `/disputes/sent/${reference}`,
    referencePrefix: 'SD',
    echoLimit: STATEMENT_MAX * 4,
  })(previous, formData);
}
