import { count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { auditEvents, disputes } from '../schema';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createReport, createStaff, uniquePhone, type TestStaff } from '../test/factories';
import { getModerationSummary } from './moderation';
import { getPhoneNumber } from './phone-numbers';
import { getNumberEvidence } from './reports';
import { DISPUTE_RATE_LIMITS, getDisputeStatus, getUpheldStatement, reviewDispute, submitDispute } from './disputes';

const input = { statement: 'This is my number and people call me back about calls I never made.', heldSince: null, contact: 'me@example.com' };
let tokens = 0;
const token = () => `10000000-0000-4000-8000-${String(++tokens).padStart(12, '0')}`;

describeEachEngine('dispute intake', (engine) => {
  const database = useTestDatabase(engine);

  it('stores a pending statement once per form, and changes nothing public', async () => {
    const phone = uniquePhone();
    const shared = token();
    const params = { phone, input, submissionToken: shared, ipHash: 'ip-1', challengeId: 'dispute-challenge-1' };
    const [first, second] = await Promise.all([submitDispute(database.db, params), submitDispute(database.db, params)]);
    expect(first).toMatch(/^SD-/);
    expect(second).toBe(first);
    const [{ value }] = (await database.db.select({ value: count() }).from(disputes).where(eq(disputes.e164, phone.e164))) as [{ value: number }];
    expect(value).toBe(1);
    expect(await getDisputeStatus(database.db, first)).toMatchObject({ status: 'pending', e164: phone.e164 });
    expect(await getPhoneNumber(database.db, phone.e164)).toMatchObject({ disputeState: 'none' });
  });

  it('refuses a replayed challenge', async () => {
    const error = await submitDispute(database.db, { phone: uniquePhone(), input, submissionToken: token(), ipHash: 'ip-2', challengeId: 'dispute-challenge-1' }).catch((e: unknown) => e);
    expect(isAppError(error, 'CONFLICT')).toBe(true);
  });

  it('limits statements from one address', async () => {
    for (let i = 0; i < DISPUTE_RATE_LIMITS.perHour; i += 1) {
      await submitDispute(database.db, { phone: uniquePhone(), input, submissionToken: token(), ipHash: 'ip-busy', challengeId: null });
    }
    const refused = await submitDispute(database.db, { phone: uniquePhone(), input, submissionToken: token(), ipHash: 'ip-busy', challengeId: null }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', window: 'hour' });
  });
});

describeEachEngine('dispute review', (engine) => {
  const database = useTestDatabase(engine);
  let alice: TestStaff;
  let bob: TestStaff;
  beforeAll(async () => {
    [alice, bob] = (await createStaff(database.db, 2)) as [TestStaff, TestStaff];
  });

  async function newDispute(heldSince: string | null = null) {
    const phone = uniquePhone();
    const reference = await submitDispute(database.db, { phone, input: { ...input, heldSince }, submissionToken: token(), ipHash: null, challengeId: null });
    const [row] = await database.db.select({ id: disputes.id }).from(disputes).where(eq(disputes.reference, reference));
    return { id: row!.id, phone };
  }

  it('needs a second, different member of staff to uphold, and then marks the number', async () => {
    const { id, phone } = await newDispute();
    await expect(reviewDispute(database.db, { disputeId: id, step: 'confirm', note: null, actor: alice })).rejects.toThrow(/already handled/);
    await reviewDispute(database.db, { disputeId: id, step: 'propose', note: 'checked the shop', actor: alice });
    const samePerson = await reviewDispute(database.db, { disputeId: id, step: 'confirm', note: null, actor: alice }).catch((e: unknown) => e);
    expect(isAppError(samePerson, 'FORBIDDEN')).toBe(true);
    expect(await getPhoneNumber(database.db, phone.e164)).toMatchObject({ disputeState: 'none' });
    await reviewDispute(database.db, { disputeId: id, step: 'confirm', note: null, actor: bob });
    expect(await getPhoneNumber(database.db, phone.e164)).toMatchObject({ disputeState: 'upheld' });
    expect(await getUpheldStatement(database.db, phone.e164)).toMatchObject({ statement: input.statement });
    const events = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, String(id)));
    expect(events.map((e) => e.action)).toEqual(['dispute.propose', 'dispute.confirm']);
  });

  it('refuses, in the database itself, an uphold by one person', async () => {
    const { id } = await newDispute();
    await expect(
      database.db.update(disputes).set({ status: 'upheld', proposedBy: alice.id, decidedBy: alice.id }).where(eq(disputes.id, id)),
    ).rejects.toThrow();
  });

  it('lets either reviewer reject, which leaves the number as it was', async () => {
    const { id, phone } = await newDispute();
    const waiting = (await getModerationSummary(database.db)).disputes;
    expect(waiting).toBeGreaterThanOrEqual(1);
    await reviewDispute(database.db, { disputeId: id, step: 'reject', note: 'no proof', actor: bob });
    expect(await getDisputeStatus(database.db, (await database.db.select({ r: disputes.reference }).from(disputes).where(eq(disputes.id, id)))[0]!.r)).toMatchObject({ status: 'rejected' });
    expect(await getPhoneNumber(database.db, phone.e164)).toMatchObject({ disputeState: 'none' });
    expect((await getModerationSummary(database.db)).disputes).toBe(waiting - 1);
  });

  it('once upheld, stops reports from before the owner got the number counting toward its verdict', async () => {
    const { id, phone } = await newDispute('2026-03-01');
    await createReport(database.db, { status: 'approved', displayedE164: phone.e164, occurredOn: '2025-12-01', ipHash: 'earlier-owner-victim' });
    await createReport(database.db, { status: 'approved', displayedE164: phone.e164, occurredOn: '2026-04-01', ipHash: 'current-owner-victim' });
    const evidence = (ownedSince: string | null) => getNumberEvidence(database.db, { e164: phone.e164, recentSince: '2026-11-01', ownedSince });
    expect((await getPhoneNumber(database.db, phone.e164))?.ownedSince).toBeNull();

    await reviewDispute(database.db, { disputeId: id, step: 'propose', note: null, actor: alice });
    await reviewDispute(database.db, { disputeId: id, step: 'confirm', note: null, actor: bob });
    const number = await getPhoneNumber(database.db, phone.e164);
    expect(number).toMatchObject({ disputeState: 'upheld', ownedSince: '2026-03-01', reportCount: 2 });
    expect(await evidence(number!.ownedSince)).toMatchObject({ reports: 1, people: 1, reportsBeforeOwner: 1, firstReportedOn: '2026-04-01' });
  });
});
