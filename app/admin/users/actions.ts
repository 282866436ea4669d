'use server';

import { z } from 'zod';
import { approveStaffInvitation, inviteStaff, revokeStaffInvitation } from '@/db/queries/staff-invitations';
import { updateUserAccess } from '@/db/queries/users';
import { AppError } from '@/lib/errors';
import { siteUrl } from '@/lib/site';
import { INVITE_FIELDS, inviteSchema, type InviteField } from '@/lib/validation/staff-invitation';
import { staffAction, staffFormAction, type StaffFormState } from '@/server/staff-action';
import { confirmStaffPassword } from '@/server/staff-reauth';

const CHANGES = {
  disable: { disabled: true },
  enable: { disabled: false },
  make_moderator: { role: 'moderator' },
  make_admin: { role: 'admin' },
} as const;

const change = staffAction({
  roles: ['admin'],
  fields: ['email', 'change', 'password'],
  schema: z.object({
    email: z.email(),
    change: z.enum(['disable', 'enable', 'make_moderator', 'make_admin']),
    password: z.string({ error: 'Type your password to confirm the change.' }).min(1, 'Type your password to confirm the change.').max(256),
  }),
  messages: { password: 'Type your password to confirm the change: nothing was changed.' },
  back: () => '/admin/users',
  run: async ({ email, change, password }, { db, staff }) => {
    if (email === staff.email) throw new AppError('FORBIDDEN', 'You cannot change your own account here.');
    await confirmStaffPassword(db, staff, password);
    const updated = await updateUserAccess(db, { email, change: CHANGES[change], actor: { id: staff.id, label: staff.email } });
    return { notice: `${updated.email}: done. Their sessions have ended.` };
  },
});

/** Disable, enable or change the role of a member of staff. Admins only, with their password again. */
export async function changeStaffAction(formData: FormData): Promise<void> {
  return change(formData);
}

export type InviteState = StaffFormState<InviteField>;

const invite = staffFormAction({
  roles: ['admin'],
  fields: INVITE_FIELDS,
  schema: inviteSchema,
  echoLimit: 300,
  run: async (input, { db, staff }) => {
    const invitation = await inviteStaff(db, { ...input, actor: staff });
    return {
      notice: invitation.needsApproval
        ? `Invitation for ${input.email} as an admin: it works once a second admin approves it below.`
        : `Invitation for ${input.email} as a moderator.`,
      // The link is shown here once, and never put in an address or stored.
      show: { link: new URL(`/login/invite/${invitation.token}`, siteUrl()).href, expiresAt: invitation.expiresAt.toISOString() },
    };
  },
});

/** Invites a new member of staff; the answer holds the link to send them. Admins only. */
export async function inviteStaffAction(previous: InviteState, formData: FormData): Promise<InviteState> {
  return invite(previous, formData);
}

const decideInvitation = staffAction({
  roles: ['admin'],
  fields: ['invitation', 'step'],
  schema: z.object({ invitation: z.uuid(), step: z.enum(['approve', 'withdraw']) }),
  back: () => '/admin/users',
  run: async ({ invitation, step }, { db, staff }) => {
    if (step === 'approve') {
      const { email } = await approveStaffInvitation(db, { id: invitation, actor: staff });
      return { notice: `Approved: the invitation for ${email} now works.` };
    }
    const { email } = await revokeStaffInvitation(db, { id: invitation, actor: staff });
    return { notice: `Withdrawn: the link sent to ${email} no longer works.` };
  },
});

/** A second admin approves an invitation for the admin role, or any admin withdraws one. */
export async function decideInvitationAction(formData: FormData): Promise<void> {
  return decideInvitation(formData);
}
