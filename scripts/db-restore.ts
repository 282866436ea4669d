import path from 'node:path';
import { restoreBackup, tableCounts } from '@/db/backup';
import { openMigratedDatabase } from '@/db/client';
import { AppError } from '@/lib/errors';
import { settings } from '@/lib/settings';
import { loadEnv, runCli } from './lib/cli';

/**
 * `npm run db:restore -- PATH [--overwrite]`: restores a backup made by `npm run db:backup` (or
 * the server's daily one) into PGLITE_DIR, which must be new or empty unless --overwrite says to
 * replace the database there. Stop the server first. Then migrates it and prints its counts.
 */
runCli(async () => {
  loadEnv();
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith('-'));
  if (!file) throw new AppError('INVALID_INPUT', 'Say which backup to restore: npm run db:restore -- ./backups/portal.tar.gz');
  const { database } = settings();
  if (database.engine !== 'pglite') {
    throw new AppError('INVALID_INPUT', 'DATABASE_URL is set: restore PostgreSQL with pg_restore (see “Backups” in the README).');
  }
  await restoreBackup(file, database.dir, { overwrite: args.includes('--overwrite') });
  const handle = await openMigratedDatabase();
  try {
    const counts = await tableCounts(handle.rawQuery);
    console.log(`Restored ${path.resolve(file)} into ${path.resolve(database.dir)}:`);
    for (const table of ['reports', 'phone_numbers', 'disputes', 'users', 'audit_events']) console.log(`  ${table.padEnd(14)} ${String(counts[table] ?? 0).padStart(9)} rows`);
  } finally {
    await handle.close();
  }
});
