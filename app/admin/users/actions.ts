'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { STAFF_ROLES } from '@/db/constants';
import { recordAudit } from '@/db/queries/audit';
import { updateUserAccess } from '@/db/queries/users';
import { requireStaff } from '../guard';

const changeSchema = z.object({
  email: z.email(),
  change: z.enum(['disable', 'enable', 'make_moderator', 'make_admin']),
});

/** Disable, enable or change the role of a member of staff. Admins only, checked here. */
export async function changeStaffAction(formData: FormData): Promise<void> {
  const admin = await requireStaff(['admin']);
  const parsed = changeSchema.safeParse({ email: formData.get('email'), change: formData.get('change') });
  if (!parsed.success) redirect('/admin/users?notice=That%20request%20was%20not%20understood.');
  const { email, change } = parsed.data;
  if (email === admin.email) redirect('/admin/users?notice=You%20cannot%20change%20your%20own%20account%20here.');
  const db = await getDb();
  const updated = await updateUserAccess(
    db,
    email,
    change === 'disable' ? { disabled: true } : change === 'enable' ? { disabled: false } : { role: change === 'make_admin' ? STAFF_ROLES[1] : STAFF_ROLES[0] },
  );
  if (!updated) redirect('/admin/users?notice=There%20is%20no%20such%20account.');
  await recordAudit(db, {
    actorId: admin.id,
    actorLabel: admin.email,
    action: `user.${change}`,
    subjectType: 'user',
    subjectId: updated.id,
    after: { email: updated.email, role: updated.role, disabled: updated.disabledAt !== null },
  });
  revalidatePath('/admin/users');
  redirect(`/admin/users?notice=${encodeURIComponent(`${updated.email}: done. Their sessions have ended.`)}`);
}
