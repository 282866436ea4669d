import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { hashRecoveryCode } from '@/lib/totp';
import { auditEvents, users } from '../schema';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createStaff } from '../test/factories';
import { listAuditEvents, recordAudit } from './audit';
import {
  consumeTotpStep,
  countRecoveryCodesLeft,
  enableTotp,
  findUserByEmail,
  getTotpState,
  recordLoginSuccess,
  setPendingTotpSecret,
  updateUserAccess,
  spendRecoveryCode,
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

  it('turns the second factor on once, with its recovery codes and audit entries; a new app replaces both', async () => {
    const [staff] = await createStaff(database.db, 1);
    const hashes = ['a', 'b', 'c'].map((code) => hashRecoveryCode(staff!.id, code));
    await setPendingTotpSecret(database.db, { userId: staff!.id, email: staff!.email, encryptedSecret: 'encrypted' });
    expect(await enableTotp(database.db, { userId: staff!.id, email: staff!.email, step: 5, recoveryCodeHashes: hashes })).toBe(true);
    expect(await enableTotp(database.db, { userId: staff!.id, email: staff!.email, step: 6, recoveryCodeHashes: hashes })).toBe(false);
    const [row] = await database.db.select({ enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep }).from(users).where(eq(users.id, staff!.id));
    expect(row).toMatchObject({ lastStep: 5 });
    expect(row?.enabledAt).toBeInstanceOf(Date);
    expect(await countRecoveryCodesLeft(database.db, staff!.id)).toBe(3);
    // Each recovery code works once, and only for its own account.
    const [other] = await createStaff(database.db, 1);
    expect(await spendRecoveryCode(database.db, { userId: other!.id, codeHash: hashes[0]! })).toBe(false);
    const spent = await Promise.all([spendRecoveryCode(database.db, { userId: staff!.id, codeHash: hashes[0]! }), spendRecoveryCode(database.db, { userId: staff!.id, codeHash: hashes[0]! })]);
    expect(spent.filter(Boolean)).toHaveLength(1);
    expect(await countRecoveryCodesLeft(database.db, staff!.id)).toBe(2);
    // Setting up a new app turns the old one off and drops its codes.
    await setPendingTotpSecret(database.db, { userId: staff!.id, email: staff!.email, encryptedSecret: 'other' });
    expect(await getTotpState(database.db, staff!.id)).toEqual({ totpSecret: 'other', totpEnabledAt: null });
    expect(await countRecoveryCodesLeft(database.db, staff!.id)).toBe(0);
    expect(await spendRecoveryCode(database.db, { userId: staff!.id, codeHash: hashes[1]! })).toBe(false);
    const events = await database.db.select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after }).from(auditEvents).where(eq(auditEvents.subjectId, staff!.id)).orderBy(auditEvents.id);
    expect(events).toEqual([
      { action: 'user.totp_setup_started', before: { secondFactor: 'off' }, after: { secondFactor: 'being set up' } },
      { action: 'user.totp_enable', before: { secondFactor: 'being set up' }, after: { secondFactor: 'on', recoveryCodes: 3 } },
      { action: 'user.totp_setup_started', before: { secondFactor: 'on' }, after: { secondFactor: 'being set up' } },
    ]);
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
