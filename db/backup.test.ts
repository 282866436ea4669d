import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { parsePhone } from '@/lib/phone';
import { presentNumber } from '@/server/present-number';
import { pruneBackups, requestBackup, restoreBackup, serveBackupRequests, tableCounts, writeBackup } from './backup';
import { migrateDatabase, openDatabase, setDatabaseHandle, type DatabaseHandle } from './client';
import { operationsStatus } from './queries/operations';
import { loadDemoData } from './seed/demo';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'));
const opened: DatabaseHandle[] = [];

afterAll(async () => {
  for (const handle of opened) await handle.close().catch(() => {});
  fs.rmSync(root, { recursive: true, force: true });
});

async function open(dir: string): Promise<DatabaseHandle> {
  const handle = await openDatabase({ engine: 'pglite', dir });
  opened.push(handle);
  await migrateDatabase(handle);
  return handle;
}

/** What the public gets for each number from the API, and every table's row count. */
async function publicAnswers(handle: DatabaseHandle, numbers: string[]) {
  setDatabaseHandle(handle);
  const answers: Record<string, unknown> = {};
  for (const e164 of numbers) {
    const parsed = parsePhone(e164, 'GB');
    if (!parsed.ok) throw new Error(`${e164} does not parse`);
    answers[e164] = await presentNumber(parsed.phone);
  }
  return { answers, counts: await tableCounts(handle.rawQuery) };
}

describe('backups of the embedded database', () => {
  it('back up through the server that holds it, wipe, restore: the API answers and the counts are the same', async () => {
    const originalDir = path.join(root, 'original');
    const original = await open(originalDir);
    await loadDemoData(original.db);
    const rows = await original.rawQuery(`SELECT e164 FROM phone_numbers ORDER BY report_count DESC, e164 LIMIT 25`, []);
    const numbers = [...rows.map((row) => String(row.e164)), '+447911123456'];
    const before = await publicAnswers(original, numbers);
    expect(Object.values(before.answers).filter(Boolean).length).toBeGreaterThan(10);
    expect(before.counts.reports).toBeGreaterThan(100);

    // As `npm run db:backup` does while the server runs: the process holding the database writes it.
    serveBackupRequests(originalDir, original);
    const file = path.join(root, 'backups', 'portal.tar.gz');
    const written = await requestBackup(originalDir, file);
    expect(written).toMatchObject({ file, bytes: fs.statSync(file).size });
    expect((await operationsStatus(original.db)).runs.backup?.details).toMatchObject({ file });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['portal.tar.gz']);
    // A request without the key derived from the portal's secret is refused.
    const { askLockHolder } = await import('./lock');
    expect(JSON.parse((await askLockHolder(originalDir, JSON.stringify({ key: 'guess', file: path.join(root, 'stolen.tar.gz') })))!)).toEqual({ ok: false, message: 'refused' });
    expect(fs.existsSync(path.join(root, 'stolen.tar.gz'))).toBe(false);

    await original.close();
    fs.rmSync(originalDir, { recursive: true, force: true });

    const restoredDir = path.join(root, 'restored');
    await restoreBackup(file, restoredDir);
    const restored = await open(restoredDir);
    const after = await publicAnswers(restored, numbers);
    expect(after.counts).toEqual(before.counts);
    expect(after.answers).toEqual(before.answers);

    // Restoring over a database that has data is refused unless told to.
    const refused = await restoreBackup(file, restoredDir).catch((error: unknown) => error);
    expect(isAppError(refused, 'DATABASE_LOCKED')).toBe(true);
    await restored.close();
    const again = await restoreBackup(file, restoredDir).catch((error: unknown) => error);
    expect(isAppError(again, 'CONFLICT')).toBe(true);
    await restoreBackup(file, restoredDir, { overwrite: true });
    const overwritten = await open(restoredDir);
    expect((await tableCounts(overwritten.rawQuery)).reports).toBe(before.counts.reports);
  }, 180_000);

  it('writes each backup whole or not at all, and keeps the newest N daily ones', async () => {
    const dir = path.join(root, 'daily');
    const source = path.join(root, 'source');
    fs.mkdirSync(source, { recursive: true });
    fs.writeFileSync(path.join(source, 'PG_VERSION'), '17\n');
    const still = <T,>(copy: (dir: string) => Promise<T>) => copy(source);
    const failing = async <T,>(copy: (dir: string) => Promise<T>): Promise<T> => {
      await copy(source);
      throw new Error('disk gone');
    };
    await expect(writeBackup(failing, path.join(dir, 'portal-2026-01-09.tar.gz'))).rejects.toThrow('disk gone');
    expect(fs.existsSync(path.join(dir, 'portal-2026-01-09.tar.gz'))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
    for (let day = 1; day <= 9; day += 1) await writeBackup(still, path.join(dir, `portal-2026-01-0${day}.tar.gz`));
    fs.writeFileSync(path.join(dir, 'portal-2026-01-10.tar.gz.123.456.tmp'), 'half');
    pruneBackups(dir, 3);
    expect(fs.readdirSync(dir).sort()).toEqual(['portal-2026-01-07.tar.gz', 'portal-2026-01-08.tar.gz', 'portal-2026-01-09.tar.gz']);
  });
});
