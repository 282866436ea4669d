import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { auditEvents } from '../schema';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createStaff, uniquePhone, type TestStaff } from '../test/factories';
import { getPhoneNumber } from './phone-numbers';
import { addVerifiedNumber, getVerifiedNumber, listVerifiedNumbers, removeVerifiedNumber } from './verified-numbers';

describeEachEngine('the registry of genuine numbers', (engine) => {
  const database = useTestDatabase(engine);
  let staff: TestStaff;
  beforeAll(async () => {
    [staff] = (await createStaff(database.db, 1)) as [TestStaff];
  });

  it('adds a number nobody reported, once, and audits it in the same step', async () => {
    const phone = uniquePhone();
    const actor = { id: staff.id, label: staff.email };
    await addVerifiedNumber(database.db, { phone, organisation: 'Example Bank', sourceUrl: 'https://bank.example/contact', actor });
    expect(await getPhoneNumber(database.db, phone.e164)).toMatchObject({ reportCount: 0 });
    expect(await getVerifiedNumber(database.db, phone.e164)).toMatchObject({ organisation: 'Example Bank', sourceUrl: 'https://bank.example/contact' });
    expect((await listVerifiedNumbers(database.db)).find((entry) => entry.e164 === phone.e164)).toMatchObject({ verifiedByEmail: staff.email, reportCount: 0 });

    const twice = await addVerifiedNumber(database.db, { phone, organisation: 'Other', sourceUrl: 'https://other.example', actor }).catch((e: unknown) => e);
    expect(isAppError(twice, 'CONFLICT')).toBe(true);
    const events = await database.db.select({ action: auditEvents.action, actorId: auditEvents.actorId }).from(auditEvents).where(eq(auditEvents.subjectId, phone.e164));
    expect(events).toEqual([{ action: 'verified_number.add', actorId: staff.id }]);
  });

  it('removes a number and keeps what it said in the audit log', async () => {
    const phone = uniquePhone();
    await addVerifiedNumber(database.db, { phone, organisation: 'Example Telecom', sourceUrl: 'https://telecom.example/help', actor: { id: null, label: 'cli' } });
    await removeVerifiedNumber(database.db, { e164: phone.e164, actor: { id: staff.id, label: staff.email } });
    expect(await getVerifiedNumber(database.db, phone.e164)).toBeNull();
    const [removal] = await database.db.select({ before: auditEvents.before }).from(auditEvents).where(eq(auditEvents.action, 'verified_number.remove'));
    expect(removal?.before).toMatchObject({ organisation: 'Example Telecom', verifiedBy: 'cli' });
    const missing = await removeVerifiedNumber(database.db, { e164: phone.e164, actor: { id: staff.id, label: staff.email } }).catch((e: unknown) => e);
    expect(isAppError(missing, 'NOT_FOUND')).toBe(true);
  });

  it('refuses a source that is not a web address, in the database itself', async () => {
    const phone = uniquePhone();
    await expect(addVerifiedNumber(database.db, { phone, organisation: 'Example Bank', sourceUrl: 'javascript:alert(1)', actor: { id: null, label: 'cli' } })).rejects.toThrow();
    expect(await getVerifiedNumber(database.db, phone.e164)).toBeNull();
  });
});
