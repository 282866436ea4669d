import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { claimDailyJob, finishDailyJob } from './jobs';

describeEachEngine('daily jobs on one instance', (engine) => {
  const database = useTestDatabase(engine);

  it('lets one of many claimants run a day’s job, and the next day’s again', async () => {
    const claims = await Promise.all(Array.from({ length: 5 }, () => claimDailyJob(database.db, { job: 'test', day: '2026-11-30', leaseMinutes: 60 })));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await finishDailyJob(database.db, { job: 'test', day: '2026-11-30', done: true });
    expect(await claimDailyJob(database.db, { job: 'test', day: '2026-11-30', leaseMinutes: 60 })).toBe(false);
    expect(await claimDailyJob(database.db, { job: 'test', day: '2026-12-01', leaseMinutes: 60 })).toBe(true);
  });

  it('gives a failed or abandoned run to the next claimant', async () => {
    expect(await claimDailyJob(database.db, { job: 'failing', day: '2026-11-30', leaseMinutes: 60 })).toBe(true);
    await finishDailyJob(database.db, { job: 'failing', day: '2026-11-30', done: false });
    expect(await claimDailyJob(database.db, { job: 'failing', day: '2026-11-30', leaseMinutes: 60 })).toBe(true);
    expect(await claimDailyJob(database.db, { job: 'failing', day: '2026-11-30', leaseMinutes: 60 })).toBe(false);
    // Its holder died: once the lease has passed, another takes the day's run.
    await database.db.execute(sql`UPDATE site_meta SET value = jsonb_set(value, '{leaseUntil}', to_jsonb(now() - interval '1 minute')) WHERE key = 'job:failing'`);
    expect(await claimDailyJob(database.db, { job: 'failing', day: '2026-11-30', leaseMinutes: 60 })).toBe(true);
  });
});
