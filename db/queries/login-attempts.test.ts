import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { ADDRESS_LIMIT, FREE_ATTEMPTS } from '@/lib/login-throttle';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { beginLoginAttempt, clearLoginFailures, finishLoginAttempt } from './login-attempts';

describeEachEngine('sign-in attempts', (engine) => {
  const database = useTestDatabase(engine);
  let n = 0;
  const account = () => `account-${engine}-${(n += 1)}-${Date.now()}`;
  const address = () => `address-${engine}-${(n += 1)}-${Date.now()}`;

  async function fail(emailHash: string, ipHash: string | null) {
    const attempt = await beginLoginAttempt(database.db, { emailHash, ipHash });
    if (!attempt.refusal) await finishLoginAttempt(database.db, attempt.id, 'failed');
    return attempt;
  }

  it('counts fifty parallel guesses as they arrive: only the free ones are checked', async () => {
    const emailHash = account();
    const ipHash = address();
    const attempts = await Promise.all(Array.from({ length: 50 }, () => beginLoginAttempt(database.db, { emailHash, ipHash })));
    expect(attempts.filter((a) => a.refusal === null).length).toBeLessThanOrEqual(FREE_ATTEMPTS);
    expect(attempts.filter((a) => a.refusal !== null).length).toBeGreaterThanOrEqual(50 - FREE_ATTEMPTS);
  });

  it('slows one account down from the guessing address only: its owner still signs in from another', async () => {
    const emailHash = account();
    const attacker = address();
    for (let i = 0; i < FREE_ATTEMPTS; i += 1) expect((await fail(emailHash, attacker)).refusal).toBeNull();
    expect((await fail(emailHash, attacker)).refusal).toBe('wait');
    // One guess as each wait ends: the attacker stays slowed, the owner is never refused.
    const owner = await beginLoginAttempt(database.db, { emailHash, ipHash: address() });
    expect(owner.refusal).toBeNull();
    await finishLoginAttempt(database.db, owner.id, 'succeeded');
  });

  it('lets the pair start again after a success, and waits out the doubling delay', async () => {
    const emailHash = account();
    const ipHash = address();
    for (let i = 0; i < FREE_ATTEMPTS; i += 1) await fail(emailHash, ipHash);
    expect((await beginLoginAttempt(database.db, { emailHash, ipHash })).refusal).toBe('wait');
    // Make the failures a minute old: the wait is over.
    await database.db.execute(sql`UPDATE login_attempts SET at = at - interval '61 seconds' WHERE email_hash = ${emailHash}`);
    const later = await beginLoginAttempt(database.db, { emailHash, ipHash });
    expect(later.refusal).toBeNull();
    await finishLoginAttempt(database.db, later.id, 'succeeded');
    expect((await fail(emailHash, ipHash)).refusal).toBeNull();
  });

  it('stops an address that tries many accounts, and an admin can clear an account', async () => {
    const ipHash = address();
    for (let i = 0; i < ADDRESS_LIMIT; i += 1) await fail(account(), ipHash);
    expect((await beginLoginAttempt(database.db, { emailHash: account(), ipHash })).refusal).toBe('address');

    const emailHash = account();
    const other = address();
    for (let i = 0; i < FREE_ATTEMPTS + 1; i += 1) await fail(emailHash, other);
    expect((await beginLoginAttempt(database.db, { emailHash, ipHash: other })).refusal).toBe('wait');
    expect(await clearLoginFailures(database.db, emailHash)).toBeGreaterThan(FREE_ATTEMPTS);
    expect((await beginLoginAttempt(database.db, { emailHash, ipHash: other })).refusal).toBeNull();
  });
});
