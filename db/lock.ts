import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@/lib/errors';

/**
 * PGlite has no lock between processes: two processes on one data folder lose writes or leave it
 * unreadable. Whoever opens the folder first writes a lock file beside it naming itself; everyone
 * else fails at once, before touching the data. A lock left by a dead process is taken over.
 */
export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
}

export interface DirectoryLock {
  path: string;
  release(): void;
}

// Locks this process holds, kept on globalThis because Next's bundles load their own copy of
// this module: opening the same folder twice in one process is as dangerous as in two.
const HELD_KEY = Symbol.for('scam-number-portal.held-locks');
const held: Set<string> = ((globalThis as Record<symbol, unknown>)[HELD_KEY] ??= createHeldSet()) as Set<string>;

function createHeldSet(): Set<string> {
  const set = new Set<string>();
  // An uncaught error still runs 'exit' handlers: leave no lock behind. SIGKILL cannot be caught;
  // the next process then finds the holder gone and takes the lock over.
  process.once('exit', () => {
    for (const lockPath of set) releaseLock(lockPath);
  });
  return set;
}

export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir).replace(/[\\/]+$/, '')}.lock`;
}

export function acquireDirectoryLock(dataDir: string): DirectoryLock {
  const lockPath = lockPathFor(dataDir);
  if (held.has(lockPath)) {
    throw new AppError('DATABASE_LOCKED', lockedMessage(dataDir, readHolder(lockPath)));
  }
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command: describeCommand(),
    startedAt: new Date().toISOString(),
  };

  // Write the whole record first, then link it into place: link() fails if the lock exists, so
  // nobody ever reads a half-written lock.
  const draft = `${lockPath}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(draft, `${JSON.stringify(me)}\n`, { mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        fs.linkSync(draft, lockPath);
        held.add(lockPath);
        return { path: lockPath, release: () => releaseLock(lockPath) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(lockPath);
      if (holder && isAlive(holder)) {
        throw new AppError('DATABASE_LOCKED', lockedMessage(dataDir, holder));
      }
      // Stale: its process is gone. Remove it only if it is still the one we judged stale.
      removeIfUnchanged(lockPath, holder);
    }
    const holder = readHolder(lockPath);
    throw new AppError('DATABASE_LOCKED', lockedMessage(dataDir, holder));
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

export function readHolder(lockPath: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return {
      pid: parsed.pid,
      host: parsed.host,
      command: String(parsed.command ?? 'unknown command'),
      startedAt: String(parsed.startedAt ?? 'unknown time'),
    };
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  // A process on another host sharing this folder cannot be checked: assume it is alive.
  if (holder.host !== os.hostname()) return true;
  // Our own pid on a lock we do not hold: a leftover from an earlier run that had the same pid.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfUnchanged(lockPath: string, judged: LockHolder | null): void {
  const current = readHolder(lockPath);
  if (JSON.stringify(current) === JSON.stringify(judged)) fs.rmSync(lockPath, { force: true });
}

function releaseLock(lockPath: string): void {
  if (!held.delete(lockPath)) return;
  const holder = readHolder(lockPath);
  if (holder?.pid === process.pid && holder.host === os.hostname()) fs.rmSync(lockPath, { force: true });
}

function lockedMessage(dataDir: string, holder: LockHolder | null): string {
  const who = holder
    ? `process ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.startedAt})`
    : 'another process';
  return [
    `The embedded database in ${path.resolve(dataDir)} is in use by ${who}.`,
    'Only one process may open it at a time. Stop that process first,',
    'or set DATABASE_URL to use PostgreSQL, which any number of processes can share.',
  ].join('\n');
}

function describeCommand(): string {
  const script = process.argv[1] ? path.relative(process.cwd(), process.argv[1]) : 'node';
  const args = process.argv.slice(2).join(' ');
  return `${script}${args ? ` ${args}` : ''}`.slice(0, 200);
}
