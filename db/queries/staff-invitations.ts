import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { INVITATION_HOURS, type StaffRole } from '@/db/constants';
import { AppError } from '@/lib/errors';
import type { Db } from '../client';
import { staffInvitations, users } from '../schema';
import { recordAudit } from './audit';

interface Actor {
  id: string;
  email: string;
}

/** Only the hash of an invitation link is kept: the database alone cannot open an account. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface InviteStaffParams {
  email: string;
  name: string;
  role: StaffRole;
  actor: Actor;
}

/**
 * Invites a new member of staff: returns the link's secret, which is shown once and never
 * stored. A moderator's invitation works at once; an admin's waits for a second admin. An
 * expired invitation to the same address is withdrawn first; an open one is refused.
 */
export async function inviteStaff(db: Db, { email, name, role, actor }: InviteStaffParams): Promise<{ id: string; token: string; expiresAt: Date; needsApproval: boolean }> {
  const address = email.toLowerCase();
  const token = randomBytes(32).toString('base64url');
  return db.transaction(async (t) => {
    const [existing] = await t.select({ id: users.id }).from(users).where(eq(users.email, address)).limit(1);
    if (existing) throw new AppError('CONFLICT', `${address} already has a staff account.`);
    await t
      .update(staffInvitations)
      .set({ revokedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(staffInvitations.email, address), isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt), lt(staffInvitations.expiresAt, sql`now()`)));
    const needsApproval = role === 'admin';
    const [row] = await t
      .insert(staffInvitations)
      .values({
        email: address,
        name,
        role,
        tokenHash: hashInvitationToken(token),
        invitedBy: actor.id,
        expiresAt: sql`now() + make_interval(hours => ${INVITATION_HOURS})`,
        approvedBy: needsApproval ? null : actor.id,
        approvedAt: needsApproval ? null : sql`now()`,
      })
      .onConflictDoNothing()
      .returning({ id: staffInvitations.id, expiresAt: staffInvitations.expiresAt });
    if (!row) throw new AppError('CONFLICT', `An invitation to ${address} is already open. Withdraw it to send a new one.`);
    await recordAudit(t, { actorId: actor.id, actorLabel: actor.email, action: 'staff.invite', subjectType: 'user', subjectId: address, after: { role, name, expiresAt: row.expiresAt.toISOString() } });
    return { id: row.id, token, expiresAt: row.expiresAt, needsApproval };
  });
}

/** Locks an open invitation for a change, or says why it cannot change. */
async function lockOpenInvitation(t: Db, id: string) {
  const [invitation] = await t.select().from(staffInvitations).where(eq(staffInvitations.id, id)).for('update');
  if (!invitation || invitation.acceptedAt || invitation.revokedAt) throw new AppError('NOT_FOUND', 'That invitation is no longer open.');
  return invitation;
}

/** A second admin agrees to an invitation for the admin role; the inviter cannot. */
export async function approveStaffInvitation(db: Db, { id, actor }: { id: string; actor: Actor }): Promise<{ email: string }> {
  return db.transaction(async (t) => {
    const invitation = await lockOpenInvitation(t, id);
    if (invitation.approvedAt) throw new AppError('CONFLICT', 'That invitation is already approved.');
    if (invitation.invitedBy === actor.id) throw new AppError('FORBIDDEN', 'A second admin must approve an invitation you sent.');
    if (invitation.expiresAt < new Date()) throw new AppError('CONFLICT', 'That invitation has expired: send a new one.');
    await t.update(staffInvitations).set({ approvedBy: actor.id, approvedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(staffInvitations.id, id));
    await recordAudit(t, { actorId: actor.id, actorLabel: actor.email, action: 'staff.invite.approve', subjectType: 'user', subjectId: invitation.email, after: { role: invitation.role } });
    return { email: invitation.email };
  });
}

export async function revokeStaffInvitation(db: Db, { id, actor }: { id: string; actor: Actor }): Promise<{ email: string }> {
  return db.transaction(async (t) => {
    const invitation = await lockOpenInvitation(t, id);
    await t.update(staffInvitations).set({ revokedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(staffInvitations.id, id));
    await recordAudit(t, { actorId: actor.id, actorLabel: actor.email, action: 'staff.invite.revoke', subjectType: 'user', subjectId: invitation.email, before: { role: invitation.role } });
    return { email: invitation.email };
  });
}

/** Invitations neither accepted nor withdrawn, newest first, with who sent and approved them. */
export async function listOpenStaffInvitations(db: Db) {
  const inviter = alias(users, 'inviter');
  const approver = alias(users, 'approver');
  return db
    .select({
      id: staffInvitations.id,
      email: staffInvitations.email,
      name: staffInvitations.name,
      role: staffInvitations.role,
      invitedBy: staffInvitations.invitedBy,
      invitedByEmail: inviter.email,
      approvedByEmail: approver.email,
      createdAt: staffInvitations.createdAt,
      expiresAt: staffInvitations.expiresAt,
    })
    .from(staffInvitations)
    .innerJoin(inviter, eq(inviter.id, staffInvitations.invitedBy))
    .leftJoin(approver, eq(approver.id, staffInvitations.approvedBy))
    .where(and(isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt)))
    .orderBy(desc(staffInvitations.createdAt))
    .limit(100);
}

export type InvitationState = 'open' | 'awaiting_approval' | 'expired' | 'used';

/** What an invitation link leads to: its state, and whom it is for while it is open. */
export async function findStaffInvitation(db: Db, token: string): Promise<{ state: InvitationState; email: string; name: string; role: StaffRole } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [invitation] = await db
    .select()
    .from(staffInvitations)
    .where(eq(staffInvitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!invitation || invitation.revokedAt) return null;
  return { state: invitationState(invitation), email: invitation.email, name: invitation.name, role: invitation.role };
}

function invitationState(invitation: typeof staffInvitations.$inferSelect, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return 'used';
  if (invitation.expiresAt < now) return 'expired';
  if (!invitation.approvedAt) return 'awaiting_approval';
  return 'open';
}

export const INVITATION_REFUSALS: Record<Exclude<InvitationState, 'open'>, string> = {
  used: 'This invitation has already been used. Sign in with the password you chose.',
  expired: 'This invitation has expired. Ask an admin to send you a new one.',
  awaiting_approval: 'This invitation is for an admin account, and a second admin has not approved it yet. Try again once they have.',
};

/**
 * Opens the account an invitation offers, once: the user, the invitation's use and the audit
 * entry in one transaction, so two tabs cannot both open it.
 */
export async function acceptStaffInvitation(db: Db, { token, name, passwordHash }: { token: string; name: string; passwordHash: string }): Promise<{ email: string }> {
  return db.transaction(async (t) => {
    const [invitation] = await t.select().from(staffInvitations).where(eq(staffInvitations.tokenHash, hashInvitationToken(token))).for('update');
    if (!invitation || invitation.revokedAt) throw new AppError('NOT_FOUND', 'This invitation link is not valid. Ask an admin to send you a new one.');
    const state = invitationState(invitation);
    if (state !== 'open') throw new AppError('CONFLICT', INVITATION_REFUSALS[state]);
    const [user] = await t
      .insert(users)
      .values({ email: invitation.email, name, role: invitation.role, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) throw new AppError('CONFLICT', `${invitation.email} already has a staff account. Sign in instead.`);
    await t.update(staffInvitations).set({ acceptedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(staffInvitations.id, invitation.id));
    await recordAudit(t, { actorId: user.id, actorLabel: invitation.email, action: 'staff.invite.accept', subjectType: 'user', subjectId: invitation.email, after: { role: invitation.role, invitedBy: invitation.invitedBy, approvedBy: invitation.approvedBy } });
    return { email: invitation.email };
  });
}
