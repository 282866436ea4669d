import { parseArgs } from 'node:util';
import { isDatabaseEmpty, loadDemoData } from '@/db/seed/demo';
import { loadEnv, openMigratedDatabase, runCli } from './lib/cli';

/** `npm run db:seed [-- --force] [--seed N]`: loads the demo set into the configured database. */
runCli(async () => {
  loadEnv();
  const { values } = parseArgs({
    options: { force: { type: 'boolean', default: false }, seed: { type: 'string' } },
  });
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error('--seed takes a whole number.');

  const handle = await openMigratedDatabase();
  try {
    if (!values.force && !(await isDatabaseEmpty(handle.db))) {
      console.log(`The ${handle.engine} database at ${handle.location} already has data; nothing loaded. Add --force to add the demo set anyway.`);
      return;
    }
    const loaded = await loadDemoData(handle.db, { seed });
    console.log(`Loaded demo data into ${handle.location}: ${loaded.numbers} numbers, ${loaded.reports} reports.`);
  } finally {
    await handle.close();
  }
});
