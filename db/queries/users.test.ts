import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { auditEvents, users } from '../schema';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createStaff } from '../test/factories';
import { listAuditEvents, recordAudit } from './audit';
import {
  consumeTotpStep,
  enableTotp,
  findUserByEmail,
  recordLoginSuccess,
  setPendingTotpSecret,
  updateUserAccess,
} from './users';

describeEachEngine('staff accounts', (engine) => {
  const database = useTestDatabase(engine);
  const admin = { id: null, label: 'test' };

  it('notes the time of a successful sign-in', async () => {
    const [staff] = await createStaff(database.db, 1);
    await recordLoginSuccess(database.db, staff!.id);
    expect((await findUserByEmail(database.db, staff!.email.toUpperCase()))?.lastLoginAt).toBeInstanceOf(Date);
  });

  it('changes access with its audit entry, before and after, and ends the sessions', async () => {
    const [staff] = await createStaff(database.db, 1);
    const before = await findUserByEmail(database.db, staff!.email);
    const changed = await updateUserAccess(database.db, { email: staff!.email, change: { disabled: true }, actor: admin });
    expect(changed.disabledAt).toBeInstanceOf(Date);
    expect((await findUserByEmail(database.db, staff!.email))?.sessionVersion).toBe(before!.sessionVersion + 1);
    await updateUserAccess(database.db, { email: staff!.email, change: { role: 'admin' }, actor: admin });
    const events = await database.db.select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after }).from(auditEvents).where(eq(auditEvents.subjectId, staff!.id));
    expect(events).toEqual([
      { action: 'user.disable', before: { role: 'moderator', disabled: false }, after: { role: 'moderator', disabled: true } },
      { action: 'user.set_role', before: { role: 'moderator', disabled: true }, after: { role: 'admin', disabled: true } },
    ]);
    const missing = await updateUserAccess(database.db, { email: 'nobody@example.org', change: { disabled: true }, actor: admin }).catch((e: unknown) => e);
    expect(isAppError(missing, 'NOT_FOUND')).toBe(true);
  });

  it('accepts each one-time code step once, even when two sign-ins race', async () => {
    const [staff] = await createStaff(database.db, 1);
    const results = await Promise.all([consumeTotpStep(database.db, { userId: staff!.id, step: 1000 }), consumeTotpStep(database.db, { userId: staff!.id, step: 1000 })]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await consumeTotpStep(database.db, { userId: staff!.id, step: 999 })).toBe(false);
    expect(await consumeTotpStep(database.db, { userId: staff!.id, step: 1001 })).toBe(true);
  });

  it('turns the second factor on once, with its audit entry, and refuses to restart it afterwards', async () => {
    const [staff] = await createStaff(database.db, 1);
    await setPendingTotpSecret(database.db, { userId: staff!.id, encryptedSecret: 'encrypted' });
    expect(await enableTotp(database.db, { userId: staff!.id, email: staff!.email, step: 5 })).toBe(true);
    expect(await enableTotp(database.db, { userId: staff!.id, email: staff!.email, step: 6 })).toBe(false);
    const [row] = await database.db.select({ enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep }).from(users).where(eq(users.id, staff!.id));
    expect(row).toMatchObject({ lastStep: 5 });
    expect(row?.enabledAt).toBeInstanceOf(Date);
    const restart = await setPendingTotpSecret(database.db, { userId: staff!.id, encryptedSecret: 'other' }).catch((e: unknown) => e);
    expect(isAppError(restart, 'CONFLICT')).toBe(true);
    const events = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, staff!.id));
    expect(events.map((event) => event.action)).toEqual(['user.totp_enable']);
  });
});

describeEachEngine('the audit log', (engine) => {
  const database = useTestDatabase(engine);

  it('lists events newest first, a page at a time, and refuses any change to them', async () => {
    for (let i = 0; i < 5; i += 1) await recordAudit(database.db, { actorLabel: 'test', action: `test.event_${i}` });
    const first = await listAuditEvents(database.db, { limit: 2 });
    expect(first.rows.map((event) => event.action)).toEqual(['test.event_4', 'test.event_3']);
    const second = await listAuditEvents(database.db, { before: first.next, limit: 2 });
    expect(second.rows.map((event) => event.action)).toEqual(['test.event_2', 'test.event_1']);
    await expect(database.db.update(auditEvents).set({ action: 'rewritten' })).rejects.toThrow();
    await expect(database.db.delete(auditEvents)).rejects.toThrow();
    expect((await listAuditEvents(database.db, { limit: 10 })).rows).toHaveLength(5);
  });
});
