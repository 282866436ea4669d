'use server';

import { z } from 'zod';
import { addVerifiedNumber, removeVerifiedNumber } from '@/db/queries/verified-numbers';
import { defaultRegion } from '@/lib/site';
import { phoneField } from '@/lib/validation/fields';
import { createVerifiedNumberSchema, SOURCE_MAX, VERIFIED_NUMBER_FIELDS, type VerifiedNumberField } from '@/lib/validation/verified-number';
import { staffAction, staffFormAction, type StaffFormState } from '@/server/staff-action';

export type VerifiedNumberState = StaffFormState<VerifiedNumberField>;

const add = staffFormAction({
  fields: VERIFIED_NUMBER_FIELDS,
  schema: createVerifiedNumberSchema(defaultRegion()),
  echoLimit: SOURCE_MAX * 2,
  run: async ({ phone, organisation, sourceUrl, disputeId }, { db, staff }) => {
    await addVerifiedNumber(db, { phone, organisation, sourceUrl, disputeId, actor: { id: staff.id, label: staff.email } });
    return { notice: `${phone.international} is now shown as the real number of ${organisation}.`, to: '/admin/verified', invalidate: [phone.e164] };
  },
});

/** Adds an organisation's genuine number to the registry. */
export async function addVerifiedNumberAction(previous: VerifiedNumberState, formData: FormData): Promise<VerifiedNumberState> {
  return add(previous, formData);
}

const remove = staffAction({
  fields: ['e164'],
  schema: z.object({ e164: phoneField(null, 'That number was not understood.') }),
  back: () => '/admin/verified',
  run: async ({ e164: phone }, { db, staff }) => {
    await removeVerifiedNumber(db, { e164: phone.e164, actor: { id: staff.id, label: staff.email } });
    return { notice: `${phone.international} was taken out of the registry.`, invalidate: [phone.e164] };
  },
});

/** Takes a number out of the registry: its page goes back to judging its reports. */
export async function removeVerifiedNumberAction(formData: FormData): Promise<void> {
  return remove(formData);
}
