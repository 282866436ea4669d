import { parseArgs } from 'node:util';
import { isDatabaseEmpty } from '@/db/seed/demo';
import { emptyScaleSet, loadScaleData, readScaleFingerprint, SCALE_PROFILES, type ScaleProfile } from '@/db/seed/scale';
import { loadEnv, openMigratedDatabase, runCli } from './lib/cli';
import { progressBar } from './lib/progress';

/**
 * `npm run seed:scale -- [--profile ci|default|full] [--reports N] [--seed N] [--reset]`: fills
 * the configured database with the benchmark's scale set. It loads into an empty database only;
 * `--reset` first empties one that holds an earlier scale set (never other data).
 */
runCli(async () => {
  loadEnv();
  const { values } = parseArgs({
    options: {
      profile: { type: 'string', default: 'default' },
      reports: { type: 'string' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
    },
  });
  if (!(values.profile in SCALE_PROFILES)) throw new Error(`--profile is one of ${Object.keys(SCALE_PROFILES).join(', ')}, not "${values.profile}".`);
  const reports = values.reports === undefined ? SCALE_PROFILES[values.profile as ScaleProfile] : Number(values.reports.replaceAll('_', ''));
  if (!Number.isInteger(reports) || reports < 1) throw new Error('--reports takes a whole number, such as 1000000.');
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error('--seed takes a whole number.');

  const handle = await openMigratedDatabase();
  try {
    await resetIfAllowed(handle, values.reset);
    console.log(`Loading ${reports.toLocaleString('en')} reports into ${handle.location}…`);
    const bar = progressBar('reports');
    const result = await loadScaleData(handle, { reports, seed }, bar.update);
    bar.done();
    const { seconds } = result;
    console.log(
      `Loaded ${result.numbers.toLocaleString('en')} numbers and ${result.reports.toLocaleString('en')} reports: ` +
        `numbers drawn in ${seconds.generateNumbers} s, COPY ${seconds.copy} s, indexes ${seconds.index} s, counters ${seconds.counters} s, VACUUM ANALYZE ${seconds.analyze} s.`,
    );
  } finally {
    await handle.close();
  }
});

async function resetIfAllowed(handle: Awaited<ReturnType<typeof openMigratedDatabase>>, reset: boolean): Promise<void> {
  const fingerprint = await readScaleFingerprint(handle);
  if (!fingerprint && (await isDatabaseEmpty(handle.db))) return;
  if (!reset || !fingerprint) {
    throw new Error(
      fingerprint
        ? `${handle.location} already holds a scale set (${fingerprint.reports} reports${fingerprint.complete ? '' : ', cut short'}). Add --reset to replace it.`
        : `${handle.location} holds data that is not a scale set; the scale set loads into an empty database only. Point PGLITE_DIR or DATABASE_URL at a new one.`,
    );
  }
  console.log('Emptying the earlier scale set…');
  await emptyScaleSet(handle);
}
