import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { migrateDatabase, openDatabase, type DatabaseHandle } from './client';
import { getPhoneNumber } from './queries/phone-numbers';
import { lockPathFor } from './lock';
import { createReport } from './test/factories';

const opened: DatabaseHandle[] = [];
const folders: string[] = [];

function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lock-'));
  folders.push(dir);
  return path.join(dir, 'pglite');
}

async function open(dir: string): Promise<DatabaseHandle> {
  const handle = await openDatabase({ engine: 'pglite', dir });
  opened.push(handle);
  return handle;
}

afterEach(async () => {
  for (const handle of opened.splice(0)) await handle.close();
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the embedded database lock', () => {
  it('makes a second process fail at once, naming the holder, and leaves the data intact', async () => {
    const dir = tempDataDir();
    const handle = await open(dir);
    await migrateDatabase(handle);
    const report = await createReport(handle.db, { status: 'approved' });

    const started = Date.now();
    const second = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/migrate.ts'], {
      env: { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`is in use by process ${process.pid}`);
    expect(second.stderr).toContain('DATABASE_URL');
    expect(Date.now() - started).toBeLessThan(30_000);

    expect(await getPhoneNumber(handle.db, report.displayedE164)).toMatchObject({ reportCount: 1 });
  });

  it('refuses to open the same folder twice in one process', async () => {
    const dir = tempDataDir();
    await open(dir);
    const error = await openDatabase({ engine: 'pglite', dir }).catch((e: unknown) => e);
    expect(isAppError(error, 'DATABASE_LOCKED')).toBe(true);
  });

  it('is never blocked by a lock file a killed process left, whatever host or live process it names', async () => {
    const dir = tempDataDir();
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    const ghost = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const leftovers = [
      // A container restarted under a new host name.
      { pid: Number(ghost.stdout), host: 'container-before-restart', command: 'killed', startedAt: '2020-01-01' },
      // A process id now used by another, live process (this test's parent).
      { pid: process.ppid, host: os.hostname(), command: 'killed', startedAt: '2020-01-01' },
      // Half a file.
      '{"pid": 12',
    ];
    for (const leftover of leftovers) {
      fs.writeFileSync(lockPathFor(dir), typeof leftover === 'string' ? leftover : JSON.stringify(leftover));
      const handle = await open(dir);
      expect(JSON.parse(fs.readFileSync(lockPathFor(dir), 'utf8')).pid).toBe(process.pid);
      await handle.close();
      opened.splice(opened.indexOf(handle), 1);
    }
  });

  it('lets exactly one of several processes starting at once have the folder', { timeout: 60_000 }, async () => {
    const dir = tempDataDir();
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(lockPathFor(dir), JSON.stringify({ pid: 999_999, host: 'gone', command: 'killed', startedAt: '2020-01-01' }));
    const script = path.join(path.dirname(dir), 'contender.ts');
    fs.writeFileSync(
      script,
      `import { acquireDirectoryLock } from ${JSON.stringify(path.resolve('db/lock.ts'))};
       acquireDirectoryLock(${JSON.stringify(dir)}).then(
         () => { console.log('opened'); setTimeout(() => process.exit(0), 3000); },
         (error) => { console.log(error.code); process.exit(0); },
       );`,
    );
    const outcomes = await Promise.all(
      Array.from(
        { length: 5 },
        () =>
          new Promise<string>((resolve) => {
            const child = spawn(path.join('node_modules', '.bin', 'tsx'), [script], { env: process.env });
            let out = '';
            child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
            child.on('close', () => resolve(out.trim()));
          }),
      ),
    );
    expect(outcomes.sort()).toEqual(['DATABASE_LOCKED', 'DATABASE_LOCKED', 'DATABASE_LOCKED', 'DATABASE_LOCKED', 'opened']);
  });

  it('releases the lock on close, so the folder can be opened again', async () => {
    const dir = tempDataDir();
    const first = await open(dir);
    await first.close();
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
    await expect(open(dir)).resolves.toBeTruthy();
  });
});
