'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { addVerifiedNumber, removeVerifiedNumber } from '@/db/queries/verified-numbers';
import { isAppError } from '@/lib/errors';
import { parsePhone } from '@/lib/phone';
import { defaultRegion } from '@/lib/site';
import {
  createVerifiedNumberSchema,
  echoVerifiedNumberValues,
  readVerifiedNumberFormData,
  verifiedNumberFieldErrors,
  type VerifiedNumberField,
  type VerifiedNumberValues,
} from '@/lib/validation/verified-number';
import { requireStaff } from '../guard';
import { revalidateNumberPages } from '../revalidate';

export interface VerifiedNumberState {
  message?: string;
  fieldErrors?: Partial<Record<VerifiedNumberField, string>>;
  values: VerifiedNumberValues;
  attempt: number;
}

/** Adds an organisation's genuine number to the registry. Checks the role itself. */
export async function addVerifiedNumberAction(previous: VerifiedNumberState, formData: FormData): Promise<VerifiedNumberState> {
  const staff = await requireStaff();
  const raw = readVerifiedNumberFormData(formData);
  const values = echoVerifiedNumberValues(raw);
  const attempt = previous.attempt + 1;
  const parsed = createVerifiedNumberSchema(defaultRegion()).safeParse(raw);
  if (!parsed.success) return { message: 'Nothing was added. Please check the answers below.', fieldErrors: verifiedNumberFieldErrors(parsed.error), values, attempt };
  const { phone, organisation, sourceUrl, disputeId } = parsed.data;
  try {
    await addVerifiedNumber(await getDb(), { phone, organisation, sourceUrl, disputeId, actor: { id: staff.id, label: staff.email } });
  } catch (error) {
    if (isAppError(error, 'CONFLICT')) return { message: error.message, fieldErrors: { number: error.message }, values, attempt };
    throw error;
  }
  revalidateNumberPages([phone.e164]);
  redirect(`/admin/verified?notice=${encodeURIComponent(`${phone.international} is now shown as the real number of ${organisation}.`)}`);
}

const removeSchema = z.object({ e164: z.string().max(20) });

/** Takes a number out of the registry: its page goes back to judging its reports. */
export async function removeVerifiedNumberAction(formData: FormData): Promise<void> {
  const staff = await requireStaff();
  const parsed = removeSchema.safeParse({ e164: formData.get('e164') });
  const phone = parsed.success ? parsePhone(parsed.data.e164, null) : null;
  if (!phone?.ok) redirect(`/admin/verified?notice=${encodeURIComponent('That request was not understood; nothing was changed.')}`);
  let notice = `${phone.phone.international} was taken out of the registry.`;
  try {
    await removeVerifiedNumber(await getDb(), { e164: phone.phone.e164, actor: { id: staff.id, label: staff.email } });
    revalidateNumberPages([phone.phone.e164]);
  } catch (error) {
    if (!isAppError(error, 'NOT_FOUND')) throw error;
    notice = error.message;
  }
  redirect(`/admin/verified?notice=${encodeURIComponent(notice)}`);
}
