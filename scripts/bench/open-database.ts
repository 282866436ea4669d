import { openMigratedDatabase, queryRows } from '@/db/client';
import { sql } from 'drizzle-orm';
import { runCli } from '../lib/cli';

/** Prints how long opening the configured database takes, up to its first answered query. */
runCli(async () => {
  const started = performance.now();
  const handle = await openMigratedDatabase();
  await queryRows(handle.db, sql`SELECT count(*) FROM phone_numbers WHERE e164 = '+0'`);
  const openMs = Math.round(performance.now() - started);
  await handle.close();
  console.log(JSON.stringify({ openMs }));
});
