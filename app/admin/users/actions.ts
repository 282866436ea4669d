'use server';

import { z } from 'zod';
import { updateUserAccess } from '@/db/queries/users';
import { AppError } from '@/lib/errors';
import { staffAction } from '@/server/staff-action';

const CHANGES = {
  disable: { disabled: true },
  enable: { disabled: false },
  make_moderator: { role: 'moderator' },
  make_admin: { role: 'admin' },
} as const;

const change = staffAction({
  roles: ['admin'],
  fields: ['email', 'change'],
  schema: z.object({ email: z.email(), change: z.enum(['disable', 'enable', 'make_moderator', 'make_admin']) }),
  back: () => '/admin/users',
  run: async ({ email, change }, { db, staff }) => {
    if (email === staff.email) throw new AppError('FORBIDDEN', 'You cannot change your own account here.');
    const updated = await updateUserAccess(db, { email, change: CHANGES[change], actor: { id: staff.id, label: staff.email } });
    return { notice: `${updated.email}: done. Their sessions have ended.` };
  },
});

/** Disable, enable or change the role of a member of staff. Admins only. */
export async function changeStaffAction(formData: FormData): Promise<void> {
  return change(formData);
}
