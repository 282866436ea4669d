import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** The PostgreSQL server the instances share: the tests' own, or the machine's. */
const SERVER_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export interface Instance {
  url: string;
  process: ChildProcess;
  output: string[];
}

/** A new, empty database on the shared server; dropped by `dropDatabase`. */
export async function createDatabase(): Promise<string> {
  const name = `portal_instances_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.href;
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

/** The settings every instance shares, as separate machines behind one load balancer would. */
function environment(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    LOG_FILE: path.join(ROOT, '.e2e', 'logs', `instance-${port}.log`),
    PORTAL_SECRET: 'instances-test-secret-shared-by-every-instance',
    AUTH_SECRET: '',
    DEMO_DATA: 'off',
    OPEN_DATA_EXPORT: 'off',
    TRUST_PROXY: '1',
    POW_DIFFICULTY: '20',
    REPORT_MIN_FILL_SECONDS: '1',
    WEB_CONCURRENCY: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

/** Starts the production server on its own port, as `npm start` does, and waits until it answers its health check. */
export async function startInstance(databaseUrl: string, port: number, settings: Record<string, string> = {}): Promise<Instance> {
  // As `npm start` runs it: compiled to JavaScript, no TypeScript transpiler.
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env: { ...environment(databaseUrl, port), ...settings }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the instance on port ${port} ended:\n${output.join('')}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, process: child, output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the instance on port ${port} did not start:\n${output.join('')}`);
}

/** Stops an instance as a process manager would, and says how it ended. */
export async function stopInstance(instance: Instance): Promise<number | null> {
  if (instance.process.exitCode !== null) return instance.process.exitCode;
  const ended = new Promise<number | null>((resolve) => instance.process.once('exit', (code) => resolve(code)));
  instance.process.kill('SIGTERM');
  return ended;
}

/** Adds a member of staff through the command line, as an operator would. */
export async function addStaff(databaseUrl: string, { email, password, role }: { email: string; password: string; role: 'moderator' | 'admin' }): Promise<void> {
  const child = spawn(TSX, ['scripts/staff.ts', 'add', '--email', email, '--role', role, '--password-stdin'], { cwd: ROOT, env: environment(databaseUrl, 3000), stdio: ['pipe', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stdin!.end(password);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`adding ${email} failed:\n${output.join('')}`);
}

/**
 * A TCP relay between an instance and PostgreSQL that the test can cut and restore, as a
 * database server going away and coming back would.
 */
export async function startRelay(port: number, target = new URL(SERVER_URL)) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', resolve);
    });
  await listen();
  return {
    /** The database URL through the relay. */
    url: (databaseUrl: string) => {
      const url = new URL(databaseUrl);
      url.host = `127.0.0.1:${port}`;
      return url.href;
    },
    async cut() {
      const closing = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => (closing ? closing.close(() => resolve()) : resolve()));
    },
    restore: listen,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}
