import path from 'node:path';
import { exportOpenData } from '@/db/export/open-data';
import { getPublicTotals } from '@/db/queries/reports';
import { formatBytes } from '@/lib/format';
import { openDataDir, type Dataset } from '@/lib/open-data';
import { loadEnv, openMigratedDatabase, runCli } from './lib/cli';
import { progressBar } from './lib/progress';

/**
 * `npm run export [-- --json]`: writes today's downloads (published reports, reported numbers and
 * the statistics' exact totals, CSV and JSON Lines, gzipped, with checksums) into OPEN_DATA_DIR, which /data serves. The
 * server also does this once a day by itself; with the embedded database, stop it first.
 */
runCli(async () => {
  loadEnv();
  const json = process.argv.includes('--json');
  const dir = openDataDir();
  const handle = await openMigratedDatabase();
  try {
    const totals = await getPublicTotals(handle.db);
    const bars = { reports: progressBar('reports'), numbers: progressBar('numbers'), totals: progressBar('totals') };
    // The totals' rows are only known once read: their bar fills in one step.
    const expected: Record<Dataset, number> = { reports: totals.reports, numbers: totals.numbers, totals: 0 };
    const started = performance.now();
    const manifest = await exportOpenData(handle.db, {
      dir,
      onProgress: json ? undefined : (dataset, rows) => bars[dataset].update(rows, Math.max(rows, expected[dataset])),
    });
    if (!json) for (const bar of Object.values(bars)) bar.done();
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const maxRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
    if (json) {
      console.log(JSON.stringify({ seconds, maxRssMiB, files: manifest.files }));
      return;
    }
    console.log(`Wrote the dump of ${manifest.date} to ${path.relative(process.cwd(), path.join(dir, manifest.date)) || '.'} in ${seconds} s (peak memory ${maxRssMiB} MiB):`);
    for (const file of manifest.files) {
      console.log(`  ${file.name.padEnd(18)} ${file.rows.toLocaleString('en').padStart(11)} rows ${formatBytes(file.bytes).padStart(10)}  sha256 ${file.sha256}`);
    }
  } finally {
    await handle.close();
  }
});
