import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { disputes } from '../schema';
import { createTestDatabase, describeEachEngine, type TestDatabase } from '../test/database';
import { uniquePhone } from '../test/factories';
import { getPhoneNumber } from './phone-numbers';
import { checkDisputeRateLimit, DISPUTE_RATE_LIMITS, getDisputeStatus, submitDispute } from './disputes';

const input = { statement: 'This is my number and people call me back about calls I never made.', contact: 'me@example.com' };
let tokens = 0;
const token = () => `10000000-0000-4000-8000-${String(++tokens).padStart(12, '0')}`;

describeEachEngine('dispute intake', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.destroy();
  });

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
      expect(await checkDisputeRateLimit(database.db, 'ip-busy')).toBe(true);
      await submitDispute(database.db, { phone: uniquePhone(), input, submissionToken: token(), ipHash: 'ip-busy', challengeId: null });
    }
    expect(await checkDisputeRateLimit(database.db, 'ip-busy')).toBe(false);
  });
});
