import { randomInt } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { auditEvents, staffInvitations } from '../schema';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createStaff, type TestStaff } from '../test/factories';
import { acceptStaffInvitation, approveStaffInvitation, findStaffInvitation, inviteStaff, listOpenStaffInvitations, revokeStaffInvitation } from './staff-invitations';
import { findUserByEmail } from './users';

const newAddress = () => `new-${randomInt(0, 1e9)}@example.org`;
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describeEachEngine('inviting staff', (engine) => {
  const database = useTestDatabase(engine);
  let firstAdmin: TestStaff;
  let secondAdmin: TestStaff;
  beforeAll(async () => {
    [, firstAdmin, secondAdmin] = (await createStaff(database.db, 3)) as [TestStaff, TestStaff, TestStaff];
  });

  it('opens a moderator’s account once, from a link whose secret is not stored', async () => {
    const email = newAddress();
    const invitation = await inviteStaff(database.db, { email, name: 'Asha Rao', role: 'moderator', actor: firstAdmin });
    const [stored] = await database.db.select().from(staffInvitations).where(eq(staffInvitations.id, invitation.id));
    expect(JSON.stringify(stored)).not.toContain(invitation.token);
    expect(await findStaffInvitation(database.db, invitation.token)).toMatchObject({ state: 'open', email, role: 'moderator' });

    await acceptStaffInvitation(database.db, { token: invitation.token, name: 'Asha Rao', passwordHash: 'hash' });
    expect(await findUserByEmail(database.db, email)).toMatchObject({ role: 'moderator', name: 'Asha Rao' });
    expect(await findStaffInvitation(database.db, invitation.token)).toMatchObject({ state: 'used' });
    expect(isAppError(await failure(acceptStaffInvitation(database.db, { token: invitation.token, name: 'Again', passwordHash: 'hash' })), 'CONFLICT')).toBe(true);
    const actions = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, email));
    expect(actions.map((event) => event.action).sort()).toEqual(['staff.invite', 'staff.invite.accept']);
  });

  it('needs a second admin before an admin’s link works', async () => {
    const email = newAddress();
    const invitation = await inviteStaff(database.db, { email, name: 'Ben Okafor', role: 'admin', actor: firstAdmin });
    expect(await findStaffInvitation(database.db, invitation.token)).toMatchObject({ state: 'awaiting_approval' });
    expect(isAppError(await failure(acceptStaffInvitation(database.db, { token: invitation.token, name: 'Ben', passwordHash: 'hash' })), 'CONFLICT')).toBe(true);
    expect(isAppError(await failure(approveStaffInvitation(database.db, { id: invitation.id, actor: firstAdmin })), 'FORBIDDEN')).toBe(true);

    await approveStaffInvitation(database.db, { id: invitation.id, actor: secondAdmin });
    expect((await listOpenStaffInvitations(database.db)).find((open) => open.id === invitation.id)).toMatchObject({ approvedByEmail: secondAdmin.email, invitedByEmail: firstAdmin.email });
    await acceptStaffInvitation(database.db, { token: invitation.token, name: 'Ben Okafor', passwordHash: 'hash' });
    expect(await findUserByEmail(database.db, email)).toMatchObject({ role: 'admin' });
  });

  it('refuses a second open invitation to one address, an expired link, and a withdrawn one', async () => {
    const email = newAddress();
    const first = await inviteStaff(database.db, { email, name: 'Chen Wei', role: 'moderator', actor: firstAdmin });
    expect(isAppError(await failure(inviteStaff(database.db, { email, name: 'Chen Wei', role: 'moderator', actor: secondAdmin })), 'CONFLICT')).toBe(true);

    await database.db.execute(sql`UPDATE staff_invitations SET expires_at = now() - interval '1 minute' WHERE id = ${first.id}`);
    expect(await findStaffInvitation(database.db, first.token)).toMatchObject({ state: 'expired' });
    expect(isAppError(await failure(acceptStaffInvitation(database.db, { token: first.token, name: 'Chen', passwordHash: 'hash' })), 'CONFLICT')).toBe(true);

    const second = await inviteStaff(database.db, { email, name: 'Chen Wei', role: 'moderator', actor: firstAdmin });
    await revokeStaffInvitation(database.db, { id: second.id, actor: secondAdmin });
    expect(await findStaffInvitation(database.db, second.token)).toBeNull();
    expect(await findUserByEmail(database.db, email)).toBeNull();
    expect(isAppError(await failure(inviteStaff(database.db, { email: firstAdmin.email, name: 'Again', role: 'moderator', actor: secondAdmin })), 'CONFLICT')).toBe(true);
  });
});
