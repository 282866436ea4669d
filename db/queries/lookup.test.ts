import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createPhoneNumber, createReport, createStaff, phoneOf, uniquePhone, type TestStaff } from '../test/factories';
import { officialComplaints } from '../schema';
import { confirmRemoval, proposeRemoval } from './moderation';
import { browseNumbers, getPhoneNumber, isNumberKnown, searchNumbersByDigits } from './phone-numbers';
import { getNumberBreakdown, listNumberReports, listPublishedReports } from './reports';
import { addVerifiedNumber } from './verified-numbers';


describeEachEngine('public lookup queries', (engine) => {
  const database = useTestDatabase(engine);

  it('finds reported numbers by part of their digits, prefixes first, and never unpublished ones', async () => {
    const db = database.db;
    const prefixed = await createPhoneNumber(db, phoneOf('+44 20 7946 0001'));
    const inside = await createPhoneNumber(db, phoneOf('+44 113 496 0207'));
    const pendingOnly = await createPhoneNumber(db, phoneOf('+44 20 7946 0002'));
    await createReport(db, { status: 'approved', displayedE164: inside.e164 });
    await createReport(db, { status: 'approved', displayedE164: inside.e164 });
    await createReport(db, { status: 'approved', displayedE164: prefixed.e164 });
    await createReport(db, { status: 'pending', displayedE164: pendingOnly.e164 });

    const national = await searchNumbersByDigits(db, { digits: '2079', page: 1, pageSize: 10 });
    expect(national.rows.map((r) => r.e164)).toEqual([prefixed.e164]);

    const anywhere = await searchNumbersByDigits(db, { digits: '0207', page: 1, pageSize: 10 });
    expect(anywhere.rows.map((r) => r.e164)).toContain(inside.e164);

    const withPrefix = await searchNumbersByDigits(db, { digits: '4420794', page: 1, pageSize: 10 });
    expect(withPrefix.rows.map((r) => r.e164)).toEqual([prefixed.e164]);
    expect(withPrefix.total).toBe(1);
    expect(withPrefix.rows[0]?.verifiedOrganisation).toBeNull();

    // A genuine number says whose it is, and only it does.
    await addVerifiedNumber(db, { phone: inside, organisation: 'Example Council', sourceUrl: 'https://council.example/contact', actor: { id: null, label: 'cli' } });
    const listed = await searchNumbersByDigits(db, { digits: '0207', page: 1, pageSize: 10 });
    expect(listed.rows.find((r) => r.e164 === inside.e164)?.verifiedOrganisation).toBe('Example Council');
    expect(listed.rows.filter((r) => r.verifiedOrganisation !== null)).toHaveLength(1);
  });

  it('knows a number from any report, a verified owner or an official complaint, and nothing else', async () => {
    const db = database.db;
    const [unknown, pending, verified, official] = [uniquePhone(), uniquePhone(), uniquePhone(), uniquePhone()];
    await createPhoneNumber(db, pending);
    await createReport(db, { status: 'pending', displayedE164: pending.e164 });
    await addVerifiedNumber(db, { phone: verified, organisation: 'Example Bank', sourceUrl: 'https://bank.example/contact', actor: { id: null, label: 'cli' } });
    await db.insert(officialComplaints).values({ source: 'ftc_dnc', e164: official.e164, rowDigest: official.e164, reportedOn: '2026-11-01', category: 'other' });

    expect(await isNumberKnown(db, unknown.e164)).toBe(false);
    expect(await isNumberKnown(db, pending.e164)).toBe(true);
    expect(await isNumberKnown(db, verified.e164)).toBe(true);
    expect(await isNumberKnown(db, official.e164)).toBe(true);
  });

  it('lists a number’s published reports in both roles, newest first', async () => {
    const db = database.db;
    const number = await createPhoneNumber(db);
    const other = await createPhoneNumber(db);
    const older = await createReport(db, { status: 'approved', displayedE164: number.e164, occurredOn: '2026-01-10' });
    const newer = await createReport(db, { status: 'approved', displayedE164: other.e164, callbackE164: number.e164, occurredOn: '2026-03-01' });
    await createReport(db, { status: 'rejected', displayedE164: number.e164, occurredOn: '2026-04-01' });

    const listed = await listNumberReports(db, { e164: number.e164, limit: 10, offset: 0 });
    expect(listed.map((r) => [r.reference, r.role])).toEqual([
      [newer.reference, 'callback'],
      [older.reference, 'displayed'],
    ]);
    expect(listed[0]).not.toHaveProperty('reporterEmail');
  });

  it('breaks a number’s reports down by category, channel, currency and recency', async () => {
    const db = database.db;
    const number = await createPhoneNumber(db);
    const today = new Date().toISOString().slice(0, 10);
    await createReport(db, { status: 'approved', displayedE164: number.e164, category: 'task_job', channel: 'whatsapp_message', occurredOn: today, lossAmountMinor: 500_00, lossCurrency: 'INR' });
    await createReport(db, { status: 'approved', displayedE164: number.e164, category: 'task_job', channel: 'telegram', occurredOn: '2025-01-01', lossAmountMinor: 250_00, lossCurrency: 'INR' });
    await createReport(db, { status: 'approved', displayedE164: number.e164, category: 'investment', channel: 'telegram', occurredOn: today, lossAmountMinor: 100_00, lossCurrency: 'GBP' });
    await createReport(db, { status: 'pending', displayedE164: number.e164, category: 'robocall', channel: 'missed_call', occurredOn: today });

    const breakdown = await getNumberBreakdown(db, { e164: number.e164, since: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10) });
    expect(breakdown.reportsLast30Days).toBe(2);
    expect(breakdown.byCategory).toEqual([
      { category: 'task_job', count: 2 },
      { category: 'investment', count: 1 },
    ]);
    expect(breakdown.byChannel).toEqual([
      { channel: 'telegram', count: 2 },
      { channel: 'whatsapp_message', count: 1 },
    ]);
    expect(breakdown.losses).toEqual([
      { currency: 'INR', totalMinor: 750_00, count: 2 },
      { currency: 'GBP', totalMinor: 100_00, count: 1 },
    ]);
  });

  it('pages through browse results with filters, each number exactly once', async () => {
    const db = database.db;
    const made: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const number = await createPhoneNumber(db, phoneOf(`+61 491 570 ${110 + i}`));
      for (let j = 0; j <= i % 3; j += 1) await createReport(db, { status: 'approved', displayedE164: number.e164, category: 'romance', channel: 'other_app' });
      made.push(number.e164);
    }
    const seen: string[] = [];
    let after = null;
    for (let page = 0; page < 10; page += 1) {
      const result: Awaited<ReturnType<typeof browseNumbers>> = await browseNumbers(db, { sort: 'most', country: 'AU', category: 'romance', limit: 3, after });
      seen.push(...result.rows.map((r) => r.e164));
      for (let i = 1; i < result.rows.length; i += 1) expect(result.rows[i - 1]!.reportCount).toBeGreaterThanOrEqual(result.rows[i]!.reportCount);
      if (!result.next) break;
      after = result.next;
    }
    expect(seen.sort()).toEqual(made.sort());

    const otherChannel = await browseNumbers(db, { sort: 'most', country: 'AU', channel: 'sms', limit: 10 });
    expect(otherChannel.rows).toEqual([]);
    const latest = await browseNumbers(db, { sort: 'latest', country: 'AU', since: '2000-01-01', limit: 100 });
    expect(latest.rows).toHaveLength(7);
  });

  it('pages through the published feed without losing reports approved in one batch', async () => {
    const db = database.db;
    const batch = [];
    for (let i = 0; i < 5; i += 1) batch.push(await createReport(db, { status: 'approved' }));
    const moment = new Date('2030-01-01T10:00:00.123456Z');
    await db.execute(sql`UPDATE reports SET published_at = ${moment.toISOString()}::timestamptz + interval '456 microseconds' WHERE id IN ${batch.map((r) => r.id)}`);

    const seen: string[] = [];
    let before = null;
    for (let page = 0; page < 5; page += 1) {
      const result: Awaited<ReturnType<typeof listPublishedReports>> = await listPublishedReports(db, { before, limit: 2 });
      seen.push(...result.rows.map((r) => r.reference));
      before = result.next;
      if (seen.length >= 5 || !before) break;
    }
    expect(seen.slice(0, 5).sort()).toEqual(batch.map((r) => r.reference).sort());
  });

  it('keeps a number’s facets in step with its approved reports', async () => {
    const db = database.db;
    const report = await createReport(db, { status: 'approved', category: 'delivery', channel: 'sms' });
    expect(await getPhoneNumber(db, report.displayedE164)).toMatchObject({ categories: ['delivery'], channels: ['sms'] });
    const [alice, bob] = (await createStaff(db, 2)) as [TestStaff, TestStaff];
    await proposeRemoval(db, { reportId: report.id, reason: 'personal_data', actor: alice });
    await confirmRemoval(db, { reportId: report.id, actor: bob });
    expect(await getPhoneNumber(db, report.displayedE164)).toMatchObject({ reportCount: 0, categories: [], channels: [], lastReportedOn: null });
  });

  it('names a number’s kinds and channels most reported first', async () => {
    const db = database.db;
    const first = await createReport(db, { status: 'approved', category: 'romance', channel: 'sms' });
    const number = first.displayedE164;
    for (let i = 0; i < 2; i += 1) await createReport(db, { status: 'approved', displayedE164: number, category: 'task_job', channel: 'whatsapp_message' });
    await createReport(db, { status: 'pending', displayedE164: number, category: 'delivery', channel: 'phone_call' });
    expect(await getPhoneNumber(db, number)).toMatchObject({ categories: ['task_job', 'romance'], channels: ['whatsapp_message', 'sms'] });
  });
});
