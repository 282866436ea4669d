'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { acceptStaffInvitation } from '@/db/queries/staff-invitations';
import { isAppError } from '@/lib/errors';
import { hashPassword } from '@/lib/passwords';
import { echoFields, firstErrors, readFields } from '@/lib/validation/form';
import { ACCEPT_FIELDS, acceptSchema, type AcceptField } from '@/lib/validation/staff-invitation';

export interface AcceptState {
  message?: string;
  fieldErrors?: Partial<Record<AcceptField, string>>;
  /** The name as typed; passwords are never sent back. */
  name: string;
}

/** Opens the account an invitation offers, then sends its owner to sign in. */
export async function acceptInvitationAction(_previous: AcceptState, formData: FormData): Promise<AcceptState> {
  const raw = readFields(formData, ACCEPT_FIELDS);
  const name = echoFields(raw, ['name'], 100).name ?? '';
  const parsed = acceptSchema.safeParse(raw);
  if (!parsed.success) return { name, fieldErrors: firstErrors<AcceptField>(parsed.error) };
  let email: string;
  try {
    ({ email } = await acceptStaffInvitation(await getDb(), { token: parsed.data.token, name: parsed.data.name, passwordHash: await hashPassword(parsed.data.password) }));
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { name, message: error.message };
  }
  redirect(`/login?welcome=${encodeURIComponent(email)}`);
}
