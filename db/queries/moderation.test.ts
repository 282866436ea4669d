import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { auditEvents, reports } from '../schema';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createPhoneNumber, createReport, createStaff, type TestStaff } from '../test/factories';
import { claimReport, confirmRemoval, decideReport, getModerationSummary, listModerationQueue, listQueueCurrencies, proposeRemoval, releaseClaim, undoDeadline, undoDecision } from './moderation';
import { getPhoneNumber } from './phone-numbers';

describeEachEngine('moderation', (engine) => {
  const database = useTestDatabase(engine);
  let actor: TestStaff;
  beforeAll(async () => {
    [actor] = (await createStaff(database.db, 1)) as [TestStaff];
  });

  it('approving publishes the edited text and updates the number’s counters in the same step', async () => {
    const report = await createReport(database.db, { status: 'pending', category: 'task_job', channel: 'telegram' });
    expect(await getPhoneNumber(database.db, report.displayedE164)).toMatchObject({ reportCount: 0 });
    const { e164s } = await decideReport(database.db, {
      reportId: report.id,
      decision: 'approve',
      reason: 'approved',
      note: null,
      publishedText: 'They offered paid tasks on Telegram, then asked for a deposit.',
      actor,
    });
    expect(e164s).toEqual([report.displayedE164]);
    const [row] = await database.db.select().from(reports).where(eq(reports.id, report.id));
    expect(row).toMatchObject({ status: 'approved', decidedBy: actor.id, decisionReason: 'approved', descriptionRedacted: 'They offered paid tasks on Telegram, then asked for a deposit.' });
    expect(row!.publishedAt).toBeInstanceOf(Date);
    expect(await getPhoneNumber(database.db, report.displayedE164)).toMatchObject({ reportCount: 1, categories: ['task_job'], channels: ['telegram'] });

    const [audit] = await database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, String(report.id)));
    expect(audit).toMatchObject({ action: 'report.approve', actorId: actor.id, before: { status: 'pending' } });
  });

  it('rejecting leaves the number unlisted, and spam is its own status', async () => {
    const rejected = await createReport(database.db, { status: 'pending' });
    await decideReport(database.db, { reportId: rejected.id, decision: 'reject', reason: 'not_a_scam', note: 'a relative', publishedText: null, actor });
    const spam = await createReport(database.db, { status: 'pending' });
    await decideReport(database.db, { reportId: spam.id, decision: 'reject', reason: 'spam', note: null, publishedText: null, actor });
    const rows = await database.db.select({ id: reports.id, status: reports.status, publishedAt: reports.publishedAt }).from(reports).where(eq(reports.displayedE164, rejected.displayedE164));
    expect(rows).toEqual([{ id: rejected.id, status: 'rejected', publishedAt: null }]);
    expect((await database.db.select({ status: reports.status }).from(reports).where(eq(reports.id, spam.id)))[0]?.status).toBe('spam');
    expect(await getPhoneNumber(database.db, rejected.displayedE164)).toMatchObject({ reportCount: 0 });
  });

  it('lets only one of two simultaneous decisions win', async () => {
    const report = await createReport(database.db, { status: 'pending' });
    const results = await Promise.allSettled([
      decideReport(database.db, { reportId: report.id, decision: 'approve', reason: 'approved', note: null, publishedText: null, actor }),
      decideReport(database.db, { reportId: report.id, decision: 'reject', reason: 'spam', note: null, publishedText: null, actor }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(isAppError(failure.reason, 'CONFLICT')).toBe(true);
    expect(failure.reason.message).toMatch(/already handled/);
  });

  it('shows the queue oldest first, filtered by number, and sums it up', async () => {
    const first = await createReport(database.db, { status: 'pending', flags: ['unverified'] });
    await createReport(database.db, { status: 'pending', displayedE164: first.displayedE164 });
    const queue = await listModerationQueue(database.db, { status: 'pending', flaggedOnly: false, e164: first.displayedE164, limit: 1 });
    expect(queue.rows.map((r) => r.reference)).toEqual([first.reference]);
    const next = await listModerationQueue(database.db, { status: 'pending', flaggedOnly: false, e164: first.displayedE164, after: queue.next, limit: 1 });
    const byLoss = await listModerationQueue(database.db, { status: 'pending', flaggedOnly: false, e164: first.displayedE164, sort: 'loss', limit: 10 });
    expect(byLoss.rows).toHaveLength(2);
    const lone = await createReport(database.db, { status: 'pending' });
    const byBurst = await listModerationQueue(database.db, { status: 'pending', flaggedOnly: false, sort: 'burst', limit: 500 });
    const position = (reference: string) => byBurst.rows.findIndex((r) => r.reference === reference);
    expect(byBurst.rows[position(first.reference)]!.burst).toBe(2);
    expect(position(first.reference)).toBeLessThan(position(lone.reference));
    const page1 = await listModerationQueue(database.db, { status: 'pending', flaggedOnly: false, sort: 'burst', limit: 1 });
    const page2 = await listModerationQueue(database.db, { status: 'pending', flaggedOnly: false, sort: 'burst', limit: 1, after: page1.next });
    expect(page2.rows[0]!.id).not.toBe(page1.rows[0]!.id);
    expect(next.rows).toHaveLength(1);
    expect(next.rows[0]!.reference).not.toBe(first.reference);
    const flagged = await listModerationQueue(database.db, { status: 'pending', flaggedOnly: true, e164: first.displayedE164, limit: 10 });
    expect(flagged.rows.map((r) => r.reference)).toEqual([first.reference]);
    const summary = await getModerationSummary(database.db);
    expect(summary.pending).toBeGreaterThanOrEqual(2);
    expect(summary.flagged).toBeGreaterThanOrEqual(1);
    expect(summary.perDay.length).toBeGreaterThanOrEqual(1);
  });
});

describeEachEngine('taking down a published report', (engine) => {
  const database = useTestDatabase(engine);
  let alice: TestStaff;
  let bob: TestStaff;
  beforeAll(async () => {
    [alice, bob] = (await createStaff(database.db, 2)) as [TestStaff, TestStaff];
  });

  it('needs a second member of staff, and then unpublishes and recounts in one step', async () => {
    const report = await createReport(database.db, { status: 'approved' });
    await proposeRemoval(database.db, { reportId: report.id, reason: 'personal_data', actor: alice });
    expect(await getPhoneNumber(database.db, report.displayedE164)).toMatchObject({ reportCount: 1 });
    const same = await confirmRemoval(database.db, { reportId: report.id, actor: alice }).catch((e: unknown) => e);
    expect(isAppError(same, 'FORBIDDEN')).toBe(true);
    await confirmRemoval(database.db, { reportId: report.id, actor: bob });
    const [row] = await database.db.select({ status: reports.status, publishedAt: reports.publishedAt, decisionReason: reports.decisionReason }).from(reports).where(eq(reports.id, report.id));
    expect(row).toEqual({ status: 'rejected', publishedAt: null, decisionReason: 'personal_data' });
    expect(await getPhoneNumber(database.db, report.displayedE164)).toMatchObject({ reportCount: 0 });
  });

  it('is refused by the database itself when one person does both, or nobody proposed', async () => {
    const report = await createReport(database.db, { status: 'approved' });
    await expect(database.db.update(reports).set({ status: 'rejected', publishedAt: null, decidedBy: alice.id }).where(eq(reports.id, report.id))).rejects.toThrow();
    await database.db.update(reports).set({ removalProposedBy: alice.id }).where(eq(reports.id, report.id));
    await expect(database.db.update(reports).set({ status: 'rejected', publishedAt: null, decidedBy: alice.id }).where(eq(reports.id, report.id))).rejects.toThrow();
  });
});

describeEachEngine('undoing a decision', (engine) => {
  const database = useTestDatabase(engine);
  let alice: TestStaff;
  let bob: TestStaff;
  beforeAll(async () => {
    [alice, bob] = (await createStaff(database.db, 2)) as [TestStaff, TestStaff];
  });

  const approve = (reportId: number, actor: TestStaff) =>
    decideReport(database.db, { reportId, decision: 'approve', reason: 'approved', note: 'looked fine', publishedText: null, actor });

  it('lets its author put a published report back in the queue, unpublished and uncounted, with an audit entry', async () => {
    const report = await createReport(database.db, { status: 'pending' });
    await approve(report.id, alice);
    expect(await getPhoneNumber(database.db, report.displayedE164)).toMatchObject({ reportCount: 1 });

    const other = await undoDecision(database.db, { reportId: report.id, actor: bob }).catch((e: unknown) => e);
    expect(isAppError(other, 'FORBIDDEN')).toBe(true);

    const { reference } = await undoDecision(database.db, { reportId: report.id, actor: alice });
    expect(reference).toBe(report.reference);
    const [row] = await database.db.select().from(reports).where(eq(reports.id, report.id));
    expect(row).toMatchObject({ status: 'pending', publishedAt: null, decidedBy: null, decisionReason: null, decisionNote: null });
    expect(await getPhoneNumber(database.db, report.displayedE164)).toMatchObject({ reportCount: 0 });
    const events = await database.db.select({ action: auditEvents.action, before: auditEvents.before }).from(auditEvents).where(eq(auditEvents.subjectId, String(report.id)));
    expect(events).toEqual([
      { action: 'report.approve', before: expect.anything() },
      { action: 'report.undo', before: { status: 'approved', reason: 'approved', note: 'looked fine' } },
    ]);
    const again = await undoDecision(database.db, { reportId: report.id, actor: alice }).catch((e: unknown) => e);
    expect(isAppError(again, 'CONFLICT')).toBe(true);
  });

  it('undoes a rejection too', async () => {
    const report = await createReport(database.db, { status: 'pending' });
    await decideReport(database.db, { reportId: report.id, decision: 'reject', reason: 'duplicate', note: null, publishedText: null, actor: alice });
    await undoDecision(database.db, { reportId: report.id, actor: alice });
    expect((await database.db.select({ status: reports.status }).from(reports).where(eq(reports.id, report.id)))[0]?.status).toBe('pending');
  });

  it('refuses after 10 minutes, in the database as well: a published report then needs two people to come down', async () => {
    const report = await createReport(database.db, { status: 'pending' });
    await approve(report.id, alice);
    await database.db.update(reports).set({ decidedAt: new Date(Date.now() - 11 * 60_000) }).where(eq(reports.id, report.id));
    const late = await undoDecision(database.db, { reportId: report.id, actor: alice }).catch((e: unknown) => e);
    expect(isAppError(late, 'CONFLICT')).toBe(true);
    expect((late as Error).message).toMatch(/More than 10 minutes have passed.+propose its removal/);
    await expect(database.db.update(reports).set({ status: 'pending', publishedAt: null }).where(eq(reports.id, report.id))).rejects.toThrow();
    expect(undoDeadline({ decidedBy: alice.id, decidedAt: new Date(Date.now() - 11 * 60_000), status: 'approved', removalProposedBy: null }, alice.id)).toBeNull();
    expect(undoDeadline({ decidedBy: alice.id, decidedAt: new Date(), status: 'approved', removalProposedBy: null }, alice.id)).toBeInstanceOf(Date);
    expect(undoDeadline({ decidedBy: alice.id, decidedAt: new Date(), status: 'approved', removalProposedBy: null }, bob.id)).toBeNull();
  });

  it('refuses once a removal is proposed', async () => {
    const report = await createReport(database.db, { status: 'pending' });
    await approve(report.id, alice);
    await proposeRemoval(database.db, { reportId: report.id, reason: 'personal_data', actor: bob });
    const refused = await undoDecision(database.db, { reportId: report.id, actor: alice }).catch((e: unknown) => e);
    expect(isAppError(refused, 'CONFLICT')).toBe(true);
  });
});

describeEachEngine('claims on reports', (engine) => {
  const database = useTestDatabase(engine);
  let alice: TestStaff;
  let bob: TestStaff;
  beforeAll(async () => {
    [alice, bob] = (await createStaff(database.db, 2)) as [TestStaff, TestStaff];
  });

  it('keeps an opened report for its moderator: others see who has it, and the queue skips it for them', async () => {
    const report = await createReport(database.db, { status: 'pending' });
    const queueFor = async (viewerId: string) =>
      (await listModerationQueue(database.db, { status: 'pending', flaggedOnly: false, e164: report.displayedE164, limit: 10, viewerId })).rows.map((row) => row.id);

    expect(await claimReport(database.db, { reportId: report.id, staffId: alice.id })).toMatchObject({ held: true });
    expect(await claimReport(database.db, { reportId: report.id, staffId: bob.id })).toMatchObject({ held: false, byEmail: alice.email });
    expect(await queueFor(bob.id)).toEqual([]);
    expect(await queueFor(alice.id)).toEqual([report.id]);

    await releaseClaim(database.db, { reportId: report.id, staffId: bob.id });
    expect(await queueFor(bob.id)).toEqual([]);
    await releaseClaim(database.db, { reportId: report.id, staffId: alice.id });
    expect(await queueFor(bob.id)).toEqual([report.id]);

    // A claim runs out by itself, and a decision ends it.
    await claimReport(database.db, { reportId: report.id, staffId: alice.id });
    await database.db.update(reports).set({ claimedUntil: new Date(Date.now() - 1_000) }).where(eq(reports.id, report.id));
    expect(await claimReport(database.db, { reportId: report.id, staffId: bob.id })).toMatchObject({ held: true });
    await decideReport(database.db, { reportId: report.id, decision: 'reject', reason: 'duplicate', note: null, publishedText: null, actor: bob });
    const [row] = await database.db.select({ claimedBy: reports.claimedBy }).from(reports).where(eq(reports.id, report.id));
    expect(row?.claimedBy).toBeNull();
    expect(await claimReport(database.db, { reportId: report.id, staffId: alice.id })).toEqual({ held: false, byEmail: null, until: null });
  });
});

describeEachEngine('most money lost first', (engine) => {
  const database = useTestDatabase(engine);

  it('ranks losses within one currency, never across currencies', async () => {
    const number = await createPhoneNumber(database.db);
    const loss = (amountMinor: number, currency: string) =>
      createReport(database.db, { status: 'pending', displayedE164: number.e164, lossAmountMinor: amountMinor, lossCurrency: currency });
    const rupees = await loss(74_000_000, 'INR');
    const rupiah = await loss(2_800_000_000_00, 'IDR');
    const dollars = await loss(3_300_000, 'USD');
    const moreRupees = await loss(90_000_000, 'INR');

    expect(await listQueueCurrencies(database.db, { status: 'pending' })).toEqual([
      { currency: 'INR', reports: 2 },
      { currency: 'IDR', reports: 1 },
      { currency: 'USD', reports: 1 },
    ]);
    const inRupees = await listModerationQueue(database.db, { status: 'pending', flaggedOnly: false, e164: number.e164, sort: 'loss', currency: 'INR', limit: 10 });
    expect(inRupees.rows.map((row) => row.id)).toEqual([moreRupees.id, rupees.id]);
    const inDollars = await listModerationQueue(database.db, { status: 'pending', flaggedOnly: false, e164: number.e164, sort: 'loss', currency: 'USD', limit: 10 });
    expect(inDollars.rows.map((row) => row.id)).toEqual([dollars.id]);
    expect(inRupees.rows.map((row) => row.id)).not.toContain(rupiah.id);
  });
});
