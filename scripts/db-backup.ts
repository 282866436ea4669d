import path from 'node:path';
import { requestBackup, writeBackup } from '@/db/backup';
import { openDatabase } from '@/db/client';
import { AppError, isAppError } from '@/lib/errors';
import { formatBytes } from '@/lib/format';
import { settings } from '@/lib/settings';
import { loadEnv, runCli } from './lib/cli';

/**
 * `npm run db:backup -- PATH`: writes a consistent backup of the embedded database to PATH (a
 * gzipped tar). While the server runs, it asks the server, which holds the database, to write
 * it; otherwise it opens the database itself. On PostgreSQL, use pg_dump (see the README).
 */
runCli(async () => {
  loadEnv();
  const file = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  if (!file) throw new AppError('INVALID_INPUT', 'Say where to write the backup: npm run db:backup -- ./backups/portal.tar.gz');
  const { database } = settings();
  if (database.engine !== 'pglite') {
    throw new AppError('INVALID_INPUT', 'DATABASE_URL is set: back up PostgreSQL with pg_dump (see “Backups” in the README).');
  }
  const started = performance.now();
  let result;
  let via = 'the database';
  try {
    const handle = await openDatabase({ engine: 'pglite', dir: database.dir });
    try {
      result = await writeBackup(handle.whileStill!, file);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!isAppError(error, 'DATABASE_LOCKED')) throw error;
    // The server holds the database: it writes the backup.
    result = await requestBackup(database.dir, file);
    if (!result) {
      throw new AppError(
        'DATABASE_LOCKED',
        `${error.message}\nIt did not take the backup request: if it is a server that is still starting, try again in a minute; otherwise stop it first.`,
      );
    }
    via = 'the running server';
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`Backed up ${path.resolve(database.dir)} to ${result.file} (${formatBytes(result.bytes)}, through ${via}, in ${seconds} s; the database paused for ${result.stillMs} ms).`);
  const shown = path.relative(process.cwd(), result.file);
  console.log(`Restore it with: PGLITE_DIR=<a new folder> npm run db:restore -- ${shown.startsWith('..') ? result.file : shown}`);
});
