import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createPhoneNumber, createReport, createStaff, phoneOf, type TestStaff } from '../test/factories';
import { confirmRemoval, decideReport, proposeRemoval } from './moderation';
import { getReportStatistics, getStatsMonthRange, listTopNumbers, rebuildReportStats } from './stats';


const YEAR = { fromMonth: '2025-01-01', toMonth: '2025-12-01' };

describeEachEngine('report statistics', (engine) => {
  const database = useTestDatabase(engine);
  let alice: TestStaff;
  let bob: TestStaff;
  beforeAll(async () => {
    [alice, bob] = (await createStaff(database.db, 2)) as [TestStaff, TestStaff];
  });

  it('counts published reports only, by month, category, channel, country and currency, as moderators decide', async () => {
    const db = database.db;
    const indian = await createPhoneNumber(db, phoneOf('+91 98111 22001'));
    const british = await createPhoneNumber(db, phoneOf('+44 20 7946 0461'));
    await createReport(db, { status: 'approved', displayedE164: indian.e164, occurredOn: '2025-03-04', category: 'task_job', channel: 'whatsapp_message', lossAmountMinor: 5_000_000, lossCurrency: 'INR' });
    await createReport(db, { status: 'approved', displayedE164: indian.e164, occurredOn: '2025-03-20', category: 'task_job', channel: 'whatsapp_message' });
    await createReport(db, { status: 'approved', displayedE164: british.e164, occurredOn: '2025-05-01', category: 'bank_impersonation', channel: 'phone_call', lossAmountMinor: 250_000, lossCurrency: 'GBP' });
    await createReport(db, { status: 'approved', displayedE164: british.e164, occurredOn: '2024-12-31', category: 'bank_impersonation' });
    await createReport(db, { status: 'rejected', displayedE164: british.e164, occurredOn: '2025-05-02', lossAmountMinor: 99_900, lossCurrency: 'GBP' });
    const pending = await createReport(db, { status: 'pending', displayedE164: indian.e164, occurredOn: '2025-07-07', category: 'investment', channel: 'telegram', lossAmountMinor: 100_000_00, lossCurrency: 'INR' });

    const before = await getReportStatistics(db, YEAR);
    expect(before).toEqual({
      reports: 3,
      reportsWithLoss: 2,
      byMonth: [
        { month: '2025-03', reports: 2 },
        { month: '2025-05', reports: 1 },
      ],
      byCategory: [
        { category: 'task_job', reports: 2 },
        { category: 'bank_impersonation', reports: 1 },
      ],
      byChannel: [
        { channel: 'whatsapp_message', reports: 2 },
        { channel: 'phone_call', reports: 1 },
      ],
      byCountry: [
        { country: 'IN', reports: 2 },
        { country: 'GB', reports: 1 },
      ],
      losses: [
        { currency: 'GBP', reports: 1, totalMinor: 250_000 },
        { currency: 'INR', reports: 1, totalMinor: 5_000_000 },
      ],
    });

    await decideReport(db, { reportId: pending.id, decision: 'approve', reason: 'approved', note: null, publishedText: null, actor: alice });
    const approved = await getReportStatistics(db, { ...YEAR, country: 'IN' });
    expect(approved.reports).toBe(3);
    expect(approved.byMonth).toEqual([
      { month: '2025-03', reports: 2 },
      { month: '2025-07', reports: 1 },
    ]);
    expect(approved.losses).toEqual([{ currency: 'INR', reports: 2, totalMinor: 15_000_000 }]);

    await proposeRemoval(db, { reportId: pending.id, reason: 'personal_data', actor: alice });
    await confirmRemoval(db, { reportId: pending.id, actor: bob });
    const removed = await getReportStatistics(db, { ...YEAR, country: 'IN', category: 'investment' });
    expect(removed.reports).toBe(0);
    expect(removed.byMonth).toEqual([]);

    const range = await getStatsMonthRange(db);
    expect(range?.first).toBe('2024-12-01');
  });

  it('ranks the numbers most reported since a day, with the filters', async () => {
    const db = database.db;
    const busy = await createPhoneNumber(db, phoneOf('+91 98111 22002'));
    const quiet = await createPhoneNumber(db, phoneOf('+91 98111 22003'));
    const today = new Date().toISOString().slice(0, 10);
    for (let i = 0; i < 3; i += 1) await createReport(db, { status: 'approved', displayedE164: busy.e164, occurredOn: today, category: 'loan_debt' });
    await createReport(db, { status: 'approved', displayedE164: quiet.e164, occurredOn: today, category: 'loan_debt' });
    await createReport(db, { status: 'pending', displayedE164: quiet.e164, occurredOn: today, category: 'loan_debt' });
    await createReport(db, { status: 'pending', displayedE164: quiet.e164, occurredOn: today, category: 'loan_debt' });
    await createReport(db, { status: 'approved', displayedE164: quiet.e164, occurredOn: '2020-01-01', category: 'loan_debt' });

    const top = await listTopNumbers(db, { since: today, country: 'IN', category: 'loan_debt', limit: 5 });
    expect(top).toEqual([
      { e164: busy.e164, reports: 3, disputeState: 'none', countryCode: 'IN' },
      { e164: quiet.e164, reports: 1, disputeState: 'none', countryCode: 'IN' },
    ]);
    expect(await listTopNumbers(db, { since: today, country: 'GB', category: 'loan_debt', limit: 5 })).toEqual([]);
  });

  it('rebuilds to the same counts the trigger kept', async () => {
    const db = database.db;
    const kept = await getReportStatistics(db, { fromMonth: '2000-01-01', toMonth: '2100-01-01' });
    await rebuildReportStats(db);
    expect(await getReportStatistics(db, { fromMonth: '2000-01-01', toMonth: '2100-01-01' })).toEqual(kept);
  });
});
