import fs from 'node:fs';
import { importOfficialFile } from '@/db/import/official';
import { AppError } from '@/lib/errors';
import { OFFICIAL_ADAPTERS, SKIP_REASONS, type SkipReason } from '@/lib/official-data';
import { loadEnv, openMigratedDatabase, runCli } from './lib/cli';
import { progressBar } from './lib/progress';

/**
 * `npm run import -- <source> <file.csv>`: imports an official complaint file, such as a US FTC
 * Do Not Call daily file (`ftc-dnc`). Importing a file again changes nothing. With the embedded
 * database, stop the server first (it holds the database's lock).
 */
runCli(async () => {
  loadEnv();
  const [sourceName, file] = process.argv.slice(2).filter((arg) => arg !== '--');
  const adapter = sourceName ? OFFICIAL_ADAPTERS[sourceName] : undefined;
  if (!adapter || !file) {
    throw new AppError('INVALID_INPUT', `Usage: npm run import -- <source> <file.csv>, where source is one of: ${Object.keys(OFFICIAL_ADAPTERS).join(', ')}.`);
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('INVALID_INPUT', `There is no file at ${file}.`);

  const total = fs.statSync(file).size;
  const input = fs.createReadStream(file);
  const handle = await openMigratedDatabase();
  try {
    const bar = progressBar('bytes');
    const started = performance.now();
    const summary = await importOfficialFile(handle.db, adapter, input, () => bar.update(input.bytesRead, total));
    bar.update(total, total);
    bar.done();
    const skipped = Object.entries(summary.skipped) as Array<[SkipReason, number]>;
    console.log(
      [
        `Read ${summary.read.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
        `  imported:        ${summary.imported.toLocaleString('en')}`,
        `  already present: ${summary.alreadyPresent.toLocaleString('en')}`,
        `  skipped:         ${skipped.reduce((sum, [, n]) => sum + n, 0).toLocaleString('en')}`,
        ...skipped.map(([reason, n]) => `    ${SKIP_REASONS[reason]}: ${n.toLocaleString('en')}`),
      ].join('\n'),
    );
  } finally {
    await handle.close();
  }
});
