import { spawn } from 'node:child_process';
import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import * as tar from 'tar';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { AppError } from '@/lib/errors';
import { errorFields, logger } from '@/lib/logger';
import { derivedKey } from '@/lib/secrets';
import type { DatabaseHandle } from './client';
import { acquireDirectoryLock, answerLockRequests, askLockHolder } from './lock';
import { recordJobRun } from './queries/operations';

/**
 * Backups of the embedded database: a gzipped tar of a copy of its folder made while PGlite runs
 * no statement, so that a restore is the database as it was at that moment (PostgreSQL's
 * recovery undoes any transaction that was half-way). Streamed from disk, it takes little memory
 * whatever the database's size. Each file is written under a temporary name, flushed to disk and renamed
 * into place: a backup file is whole, or not there.
 *
 * While the server runs it holds the database: `npm run db:backup` then asks it for the backup
 * through the lock's socket (db/lock.ts), with a key derived from the portal's secret, so that
 * only someone who can read the server's settings can ask.
 */
export interface BackupResult {
  file: string;
  bytes: number;
  /** How long statements waited while the folder was copied. */
  stillMs: number;
}

/**
 * Packs a folder into a gzipped tar at `draft`: with the system's `tar` in a process of its own
 * when there is one (the server's memory stays as it was), else in this process.
 */
export async function tarFolder(dir: string, draft: string): Promise<void> {
  const packed = await new Promise<boolean>((resolve, reject) => {
    const child = spawn('tar', ['-czf', draft, '-C', dir, '.'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve(false) : reject(error)));
    child.once('close', (code) => (code === 0 ? resolve(true) : reject(new Error(`tar failed (${code}): ${errors.slice(0, 500)}`))));
  });
  if (!packed) await tar.create({ gzip: true, cwd: dir, file: draft, portable: true }, ['.']);
  fs.chmodSync(draft, 0o600);
}

/**
 * Writes a backup through `whileStill` (DatabaseHandle), atomically, into `file`. Statements
 * wait only while the folder is copied beside the backup (a plain file copy, about a second
 * for half a gigabyte); the copy is then packed and compressed while the site carries on.
 */
export async function writeBackup(whileStill: NonNullable<DatabaseHandle['whileStill']>, file: string): Promise<BackupResult> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const draft = `${target}.${process.pid}.${Date.now()}.tmp`;
  const staging = `${draft}.folder`;
  try {
    const started = performance.now();
    await whileStill((dir) => fs.promises.cp(dir, staging, { recursive: true }));
    const stillMs = Math.round(performance.now() - started);
    await tarFolder(staging, draft);
    const handle = fs.openSync(draft, 'r');
    try {
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(draft, target);
    return { file: target, bytes: fs.statSync(target).size, stillMs };
  } catch (error) {
    fs.rmSync(draft, { force: true });
    throw error;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Whether a folder holds an embedded database already. */
export function holdsDatabase(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'PG_VERSION'));
}

/**
 * Restores a backup into `dir`, which must be new or empty unless `overwrite` says to replace
 * the database in it. Takes the folder's lock while it works, so no server can be using it.
 */
export async function restoreBackup(file: string, dir: string, { overwrite = false } = {}): Promise<void> {
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `There is no backup at ${path.resolve(file)}.`);
  const lock = await acquireDirectoryLock(dir);
  try {
    if (holdsDatabase(dir) && !overwrite) {
      throw new AppError('CONFLICT', `${path.resolve(dir)} already holds a database. Restore into a new folder (PGLITE_DIR), or add --overwrite to replace it.`);
    }
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0 && !holdsDatabase(dir) && !overwrite) {
      throw new AppError('CONFLICT', `${path.resolve(dir)} is not empty. Restore into a new folder, or add --overwrite.`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    await tar.extract({ cwd: dir, file, strict: true });
    if (!holdsDatabase(dir)) throw new AppError('INVALID_INPUT', `${path.resolve(file)} is not a backup of this portal's database.`);
    // Opened once, so that recovery runs now and a broken backup says so at once.
    const client = await PGlite.create(path.resolve(dir), { extensions: { pg_trgm } });
    try {
      await client.query('select 1');
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
}

function channelKey(): string {
  return derivedKey('backup-channel');
}

function sameKey(given: unknown): boolean {
  const a = Buffer.from(String(given ?? ''));
  const b = Buffer.from(channelKey());
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Lets `npm run db:backup` ask this process, which holds the embedded database, for a backup. */
export function serveBackupRequests(dataDir: string, handle: DatabaseHandle): void {
  const dump = handle.whileStill;
  if (!dump) return;
  answerLockRequests(dataDir, async (line) => {
    let request: { key?: unknown; file?: unknown };
    try {
      request = JSON.parse(line) as typeof request;
    } catch {
      return JSON.stringify({ ok: false, message: 'not understood' });
    }
    if (!sameKey(request.key) || typeof request.file !== 'string' || !path.isAbsolute(request.file)) return JSON.stringify({ ok: false, message: 'refused' });
    try {
      const result = await writeBackup(dump, request.file);
      await recordJobRun(handle.db, 'backup', { file: result.file, bytes: result.bytes });
      logger().info({ file: result.file, bytes: result.bytes, stillMs: result.stillMs }, 'backup written on request');
      return JSON.stringify({ ok: true, ...result });
    } catch (error) {
      logger().error(errorFields(error), 'backup on request failed');
      return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : 'the backup failed' });
    }
  });
}

/** Asks the server holding `dataDir` for a backup into `file`; null when no server holds it. */
export async function requestBackup(dataDir: string, file: string): Promise<BackupResult | null> {
  const answer = await askLockHolder(dataDir, JSON.stringify({ key: channelKey(), file: path.resolve(file) }));
  if (answer === null) return null;
  const parsed = JSON.parse(answer) as { ok: boolean; message?: string } & Partial<BackupResult>;
  if (!parsed.ok) throw new AppError('BACKUP_FAILED', `The server could not write the backup: ${parsed.message ?? 'no reason given'}.`);
  return { file: parsed.file!, bytes: parsed.bytes!, stillMs: parsed.stillMs ?? 0 };
}

const DAY = 24 * 60 * 60 * 1000;
const BACKUP_NAME = /^portal-(\d{4}-\d{2}-\d{2})\.tar\.gz$/;

/**
 * The server's daily backup of the embedded database into `dir`, keeping the newest `keep`: at
 * start when today's is missing, then a look every hour.
 */
export function scheduleBackups(handle: DatabaseHandle, { dir, keep }: { dir: string; keep: number }): () => void {
  const dump = handle.whileStill;
  if (!dump) return () => {};
  let running = false;
  const backUpIfDue = async () => {
    const day = new Date().toISOString().slice(0, 10);
    const file = path.join(dir, `portal-${day}.tar.gz`);
    if (running || fs.existsSync(file)) return;
    running = true;
    try {
      const result = await writeBackup(dump, file);
      await recordJobRun(handle.db, 'backup', { file: result.file, bytes: result.bytes });
      pruneBackups(dir, keep);
      logger().info({ file: result.file, bytes: result.bytes, stillMs: result.stillMs }, 'daily backup written');
    } catch (error) {
      logger().error(errorFields(error), 'the daily backup failed; the next try is in an hour');
    } finally {
      running = false;
    }
  };
  void backUpIfDue();
  const timer = setInterval(() => void backUpIfDue(), DAY / 24);
  timer.unref();
  return () => clearInterval(timer);
}

/** Deletes all but the newest `keep` daily backups (and any temporary file left by a crash). */
export function pruneBackups(dir: string, keep: number): void {
  if (!fs.existsSync(dir)) return;
  const names = fs.readdirSync(dir);
  const daily = names.filter((name) => BACKUP_NAME.test(name)).sort().reverse();
  for (const old of daily.slice(keep)) fs.rmSync(path.join(dir, old), { force: true });
  for (const draft of names.filter((name) => /\.tmp(?:\.folder)?$/.test(name) && name.startsWith('portal-'))) fs.rmSync(path.join(dir, draft), { recursive: true, force: true });
}

/** The counts the restore test compares (and an operator may too): rows in every table. */
export async function tableCounts(rawQuery: DatabaseHandle['rawQuery']): Promise<Record<string, number>> {
  const tables = await rawQuery(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`, []);
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) counts[String(tablename)] = Number((await rawQuery(`SELECT count(*)::int AS n FROM "${String(tablename)}"`, []))[0]?.n ?? 0);
  return counts;
}
