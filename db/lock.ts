import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@/lib/errors';

/**
 * PGlite has no lock between processes: two processes on one data folder lose writes or leave it
 * unreadable. Whoever opens the folder first holds a lock the operating system keeps for it: a
 * listening socket whose name is derived from the folder (on Linux in the abstract namespace, so
 * no file is involved; elsewhere a socket file in the temporary folder). Binding the name is
 * atomic, and the kernel frees it the moment the process ends, however it ends, so a killed
 * process never leaves a lock that blocks the next start, a reused process id or a new host name
 * change nothing, and there is no stale lock to take over (and no race in taking it over).
 * Everyone else fails at once, before touching the data. A small file beside the folder says
 * who holds it, for the error message only.
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
const held: Map<string, net.Server> = ((globalThis as Record<symbol, unknown>)[HELD_KEY] ??= new Map()) as Map<string, net.Server>;

export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir).replace(/[\\/]+$/, '')}.lock`;
}

/** The socket name that stands for the folder; the same for every spelling of its path. */
function socketNameFor(lockPath: string): string {
  const real = path.join(fs.realpathSync(path.dirname(lockPath)), path.basename(lockPath));
  const digest = createHash('sha256').update(real).digest('hex').slice(0, 32);
  return process.platform === 'linux' ? `\0scam-number-portal-${digest}` : path.join(os.tmpdir(), `scam-number-portal-${digest}.sock`);
}

export async function acquireDirectoryLock(dataDir: string): Promise<DirectoryLock> {
  const lockPath = lockPathFor(dataDir);
  if (held.has(lockPath)) throw new AppError('DATABASE_LOCKED', lockedMessage(dataDir, readHolder(lockPath)));
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const server = await listenOn(socketNameFor(lockPath), (socket) => serveRequest(lockPath, socket));
  if (!server) throw new AppError('DATABASE_LOCKED', lockedMessage(dataDir, readHolder(lockPath)));
  held.set(lockPath, server);
  // The socket is the lock; the file only names the holder. Written whole, then renamed into
  // place over whatever an earlier holder left.
  const me: LockHolder = { pid: process.pid, host: os.hostname(), command: describeCommand(), startedAt: new Date().toISOString() };
  const draft = `${lockPath}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(draft, `${JSON.stringify(me)}\n`, { mode: 0o644 });
  fs.renameSync(draft, lockPath);
  return { path: lockPath, release: () => releaseLock(lockPath) };
}

/** A listening socket on `name`, or null when a live process already listens there. */
async function listenOn(name: string, onConnection: (socket: net.Socket) => void): Promise<net.Server | null> {
  const attempt = () =>
    new Promise<net.Server | null>((resolve, reject) => {
      const server = net.createServer(onConnection);
      server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(null) : reject(error)));
      server.listen({ path: name, exclusive: true }, () => {
        server.unref();
        resolve(server);
      });
    });
  const server = await attempt();
  if (server || name.startsWith('\0')) return server;
  // A socket file (not Linux) outlives a killed process: if nobody answers on it, it is left over.
  if (await answers(name)) return null;
  fs.rmSync(name, { force: true });
  return attempt();
}

/**
 * The lock's socket doubles as a way to ask its holder for something only it can do (a backup
 * of the database it holds): one line in, one line out. A request only gets an answer from a
 * handler the holder set with `answerLockRequests`, which checks it.
 */
type LockRequestHandler = (request: string) => Promise<string>;
const HANDLERS_KEY = Symbol.for('scam-number-portal.lock-handlers');
const handlers: Map<string, LockRequestHandler> = ((globalThis as Record<symbol, unknown>)[HANDLERS_KEY] ??= new Map()) as Map<string, LockRequestHandler>;
const MAX_REQUEST = 4_096;

export function answerLockRequests(dataDir: string, handler: LockRequestHandler): void {
  handlers.set(lockPathFor(dataDir), handler);
}

function serveRequest(lockPath: string, socket: net.Socket): void {
  const handler = handlers.get(lockPath);
  if (!handler) return void socket.destroy();
  let text = '';
  socket.setEncoding('utf8');
  socket.setTimeout(5_000, () => socket.destroy());
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: string) => {
    text += chunk;
    if (text.length > MAX_REQUEST) return void socket.destroy();
    const end = text.indexOf('\n');
    if (end === -1) return;
    socket.removeAllListeners('data');
    socket.setTimeout(0);
    handler(text.slice(0, end)).then(
      (answer) => socket.end(`${answer}\n`),
      () => socket.end('{"ok":false,"message":"the request failed"}\n'),
    );
  });
}

/** Sends one line to the process holding `dataDir`'s lock; its answer, or null when nobody holds it. */
export function askLockHolder(dataDir: string, request: string, timeoutMs = 600_000): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ path: socketNameFor(lockPathFor(dataDir)) });
    let answer = '';
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('the server did not answer in time')));
    socket.once('connect', () => socket.write(`${request}\n`));
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.once('end', () => resolve(answer.trim() || null));
    // Nobody listens, or the holder takes no requests (yet): no answer.
    socket.once('error', (error: NodeJS.ErrnoException) => (['ECONNREFUSED', 'ENOENT', 'ECONNRESET', 'EPIPE'].includes(error.code ?? '') ? resolve(null) : reject(error)));
  });
}

function answers(name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ path: name });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
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

function releaseLock(lockPath: string): void {
  const server = held.get(lockPath);
  if (!server) return;
  held.delete(lockPath);
  const holder = readHolder(lockPath);
  if (holder?.pid === process.pid && holder.host === os.hostname()) fs.rmSync(lockPath, { force: true });
  server.close();
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
