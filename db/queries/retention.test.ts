import { eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { RetentionPolicy } from '@/lib/settings';
import { auditEvents, loginAttempts, reports } from '../schema';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createReport } from '../test/factories';
import { recordAudit } from './audit';
import { applyRetention } from './retention';
import { operationsStatus } from './operations';

const POLICY: RetentionPolicy = { reporterEmailDays: 90, ipHashDays: 30, rejectedTextDays: 90, failedSignInDays: 30 };
const DAY = 86_400_000;

describeEachEngine('retention', (engine) => {
  const database = useTestDatabase(engine);

  it('erases what is past its time, keeps everything younger, and audits how much it erased', async () => {
    const { db } = database;
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const text = { description: 'Call from 07700 900123 asking for my card number 4111 1111 1111 1111.', descriptionRedacted: 'Call from [phone] asking for my card number [card].' };
    const old = await createReport(db, { ...text, status: 'rejected', reporterEmail: 'old@example.org', ipHash: 'hash-old', decidedAt: ago(91), createdAt: ago(95) });
    const spam = await createReport(db, { ...text, status: 'spam', decidedAt: ago(100), createdAt: ago(100) });
    const youngRejected = await createReport(db, { ...text, status: 'rejected', reporterEmail: 'young@example.org', ipHash: 'hash-young', decidedAt: ago(89), createdAt: ago(29) });
    const approvedOld = await createReport(db, { ...text, status: 'approved', reporterEmail: 'approved@example.org', decidedAt: ago(120), createdAt: ago(121) });
    const pendingOld = await createReport(db, { ...text, status: 'pending', reporterEmail: 'waiting@example.org', ipHash: 'hash-waiting', createdAt: ago(200) });
    await db.insert(loginAttempts).values([
      { emailHash: 'a', ipHash: 'ip-a', outcome: 'failed', at: ago(31) },
      { emailHash: 'b', ipHash: 'ip-b', outcome: 'refused', at: ago(31) },
      { emailHash: 'c', ipHash: 'ip-c', outcome: 'failed', at: ago(29) },
      { emailHash: 'd', ipHash: 'ip-d', outcome: 'succeeded', at: ago(31) },
    ]);
    await recordAudit(db, { actorLabel: 'test', action: 'test.old_entry', ipHash: 'ip-audit-old', occurredAt: ago(40) });
    await recordAudit(db, { actorLabel: 'test', action: 'test.young_entry', ipHash: 'ip-audit-young', occurredAt: ago(2) });

    const erased = await applyRetention(db, POLICY, now);
    expect(erased).toMatchObject({ reporterEmails: 2, rejectedTexts: 2, failedSignIns: 2 });
    // reports: old and pendingOld; the login attempt d (a and b are deleted); the old audit entry.
    expect(erased.ipHashes).toBe(4);
    const audits = await db.select({ action: auditEvents.action, ipHash: auditEvents.ipHash }).from(auditEvents).where(inArray(auditEvents.action, ['test.old_entry', 'test.young_entry']));
    expect(audits.sort((x, y) => x.action.localeCompare(y.action))).toEqual([
      { action: 'test.old_entry', ipHash: null },
      { action: 'test.young_entry', ipHash: 'ip-audit-young' },
    ]);

    const rows = await db.select().from(reports).where(inArray(reports.id, [old.id, spam.id, youngRejected.id, approvedOld.id, pendingOld.id]));
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(old.id)).toMatchObject({ reporterEmail: null, ipHash: null, description: text.descriptionRedacted });
    expect(byId.get(spam.id)).toMatchObject({ description: text.descriptionRedacted });
    // Younger than its limits: untouched.
    expect(byId.get(youngRejected.id)).toMatchObject({ reporterEmail: 'young@example.org', ipHash: 'hash-young', description: text.description });
    // An approved report's own text is what moderators published from: kept; its email is past its time.
    expect(byId.get(approvedOld.id)).toMatchObject({ reporterEmail: null, description: text.description });
    // Not decided yet: the email waits for the decision, the IP hash does not.
    expect(byId.get(pendingOld.id)).toMatchObject({ reporterEmail: 'waiting@example.org', ipHash: null });

    const attempts = await db.select({ emailHash: loginAttempts.emailHash, ipHash: loginAttempts.ipHash }).from(loginAttempts).where(inArray(loginAttempts.emailHash, ['a', 'b', 'c', 'd']));
    expect(attempts.sort((x, y) => x.emailHash.localeCompare(y.emailHash))).toEqual([
      { emailHash: 'c', ipHash: 'ip-c' },
      { emailHash: 'd', ipHash: null },
    ]);

    const [audit] = await db.select({ after: auditEvents.after }).from(auditEvents).where(eq(auditEvents.action, 'retention.erase'));
    expect(audit?.after).toMatchObject({ reporterEmails: 2, rejectedTexts: 2, failedSignIns: 2 });
    expect(JSON.stringify(audit?.after)).not.toContain('@example.org');
    expect((await operationsStatus(db)).runs.retention?.details).toMatchObject({ reporterEmails: 2 });

    // A second run finds nothing more, and writes no audit entry for nothing.
    expect(await applyRetention(db, POLICY, now)).toEqual({ reporterEmails: 0, ownerContacts: 0, ipHashes: 0, rejectedTexts: 0, failedSignIns: 0 });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'retention.erase'))).toHaveLength(1);
  });

  it('leaves the audit log append-only for everything but erasing an old IP hash', async () => {
    const { db } = database;
    await recordAudit(db, { actorLabel: 'test', action: 'test.keep', ipHash: 'ip-keep' });
    await expect(db.update(auditEvents).set({ action: 'rewritten', ipHash: null }).where(eq(auditEvents.action, 'test.keep'))).rejects.toThrow();
    await expect(db.update(auditEvents).set({ ipHash: 'other' }).where(eq(auditEvents.action, 'test.keep'))).rejects.toThrow();
    await expect(db.delete(auditEvents).where(eq(auditEvents.action, 'test.keep'))).rejects.toThrow();
    await db.update(auditEvents).set({ ipHash: null }).where(eq(auditEvents.action, 'test.keep'));
    const [row] = await db.select({ ipHash: auditEvents.ipHash, action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.action, 'test.keep'));
    expect(row).toEqual({ ipHash: null, action: 'test.keep' });
  });
});
