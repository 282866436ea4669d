import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client';

/**
 * Periodic jobs that must run on exactly one instance a day (the open-data export): each day's
 * run is claimed in the database, so that however many processes look, one does it. A claim is
 * a lease: if its holder dies, another may take the day's run once the lease has passed.
 */
export async function claimDailyJob(db: Db, { job, day, leaseMinutes }: { job: string; day: string; leaseMinutes: number }): Promise<boolean> {
  const rows = await queryRows<{ key: string }>(
    db,
    sql`
      INSERT INTO site_meta (key, value, updated_at)
      VALUES (${`job:${job}`}, jsonb_build_object('day', ${day}::text, 'done', false, 'leaseUntil', now() + make_interval(mins => ${leaseMinutes})), now())
      ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()
      WHERE site_meta.value->>'day' IS DISTINCT FROM ${day}::text
         OR (NOT (site_meta.value->>'done')::boolean AND (site_meta.value->>'leaseUntil')::timestamptz <= now())
      RETURNING key
    `,
  );
  return rows.length > 0;
}

/** Marks the day's run done, or gives it back (`done: false`) so that another may try at once. */
export async function finishDailyJob(db: Db, { job, day, done }: { job: string; day: string; done: boolean }): Promise<void> {
  await db.execute(sql`
    UPDATE site_meta SET value = jsonb_build_object('day', ${day}::text, 'done', ${done}::boolean, 'leaseUntil', now() - interval '1 second'), updated_at = now()
    WHERE key = ${`job:${job}`}
  `);
}
