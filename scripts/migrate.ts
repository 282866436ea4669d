import { loadEnv, openMigratedDatabase, runCli } from './lib/cli';

/** `npm run db:migrate`: brings the configured database up to the latest schema. */
runCli(async () => {
  loadEnv();
  const handle = await openMigratedDatabase();
  console.log(`Migrated ${handle.engine} database at ${handle.location}.`);
  await handle.close();
});
