import { once } from 'node:events';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { AppError } from '@/lib/errors';
import { acquireDirectoryLock, type DirectoryLock } from './lock';
import * as schema from './schema';
import { settings } from '@/lib/settings';
import { errorFields, logger } from '@/lib/logger';

/** One type for both drivers: queries are written once against pg-core. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = 'pglite' | 'postgres';

export type DatabaseConfig =
  | { engine: 'postgres'; url: string; poolSize?: number }
  /** `dir: null` is an in-memory database, used by tests. */
  | { engine: 'pglite'; dir: string | null };

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  /** Where the data lives, for messages: a folder or a URL without its password. */
  location: string;
  /**
   * Bulk-loads CSV text into a table with COPY: streamed to PostgreSQL, and handed to PGlite in
   * blocks of a few megabytes. For the benchmark's scale data; the app itself never uses it.
   */
  copyCsv(statement: string, chunks: AsyncIterable<string> | Iterable<string>, options?: CopyOptions): Promise<void>;
  /** Applies the migrations in db/migrations, through the driver's own migrator. */
  migrate(): Promise<void>;
  /** A second drizzle over the same connection that reports every statement (query-plan tests). */
  withLogger(logQuery: (sql: string, params: unknown[]) => void): Db;
  /** Plain SQL straight to the driver, for statements drizzle did not build (EXPLAIN). */
  rawQuery(text: string, params: unknown[]): Promise<Array<Record<string, unknown>>>;
  /**
   * Runs `copy` on the embedded database's folder while no statement runs (null on PostgreSQL):
   * what it copies is what a crash at that moment would leave, which PostgreSQL's recovery makes
   * whole when the copy is opened.
   */
  whileStill: (<T>(copy: (dir: string) => Promise<T>) => Promise<T>) | null;
  /** Calls `observe` with the seconds each statement took, outside transactions (for the metrics). */
  observeQueries(observe: (seconds: number) => void): void;
  /** PostgreSQL's connection pool, for libraries that take one (the shared rate limit); null on PGlite. */
  pool: pg.Pool | null;
  close(): Promise<void>;
}

export interface CopyOptions {
  /** Skips triggers, foreign-key checks included, for rows known to be valid (needs a superuser). */
  skipTriggers?: boolean;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** The configured database: PostgreSQL when DATABASE_URL is set, else the embedded one. */
export function readDatabaseConfig(): DatabaseConfig {
  return settings().database;
}

export interface OpenOptions {
  /** PostgreSQL gives up any statement that runs longer (the embedded database has no such limit). */
  statementTimeoutMs?: number;
}

export async function openDatabase(config: DatabaseConfig, { statementTimeoutMs }: OpenOptions = {}): Promise<DatabaseHandle> {
  if (settings().building) {
    // A page that reads data must render per request or on demand, never at build time.
    throw new AppError('DATABASE_OPENED_DURING_BUILD', 'The database must not be opened during `next build`.');
  }
  return config.engine === 'postgres' ? openPostgres(config.url, config.poolSize, statementTimeoutMs) : openPglite(config.dir);
}

async function openPostgres(url: string, poolSize = 10, statementTimeoutMs?: number): Promise<DatabaseHandle> {
  // A database that does not answer fails a request within seconds, rather than holding it. The
  // statement timeout goes in each connection's start-up parameters, so it holds from its first query.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 3_000, ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}) });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', (error) => logger().error(errorFields(error), 'idle PostgreSQL client error'));
  const driverDb = drizzleNodePg({ client: pool, schema });
  const db: Db = driverDb;
  return {
    db,
    engine: 'postgres',
    migrate: () => migrateNodePg(driverDb, { migrationsFolder: MIGRATIONS_FOLDER }),
    withLogger: (logQuery) => drizzleNodePg({ client: pool, schema, logger: { logQuery } }),
    rawQuery: async (text, params) => (await pool.query<Record<string, unknown>>(text, params)).rows,
    location: redactUrl(url),
    observeQueries: (observe) => timeCalls(pool, observe),
    whileStill: null,
    pool,
    copyCsv: (statement, chunks, options) => copyCsvToPostgres(pool, statement, chunks, options),
    close: () => pool.end(),
  };
}

/**
 * The embedded database has no background checkpointer: PostgreSQL's own writes changes out
 * every few minutes, while PGlite keeps them in its write-ahead log until the log reaches
 * `max_wal_size` (1 GB), and a start after a crash replays all of it (81 s on the benchmark's
 * million reports). A checkpoint every five minutes bounds the replay to five minutes of changes.
 */
export function scheduleCheckpoints(handle: DatabaseHandle, everyMs = 5 * 60_000): () => void {
  if (handle.engine !== 'pglite') return () => {};
  const timer = setInterval(() => {
    handle.rawQuery('CHECKPOINT', []).catch((error: unknown) => logger().warn(errorFields(error), 'checkpoint failed; the next is due in five minutes'));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The embedded database's own page cache. PGlite fills all of it with zeros as it starts, so it
 * is resident from the first second: 128 MB (PostgreSQL's default) made the idle server 417 MiB.
 * The files it reads stay in the operating system's cache as well, so a page it no longer holds
 * costs a read from memory, not from the disk.
 */
const PGLITE_SHARED_BUFFERS = '64MB';

async function openPglite(dir: string | null): Promise<DatabaseHandle> {
  let lock: DirectoryLock | null = null;
  if (dir) lock = await acquireDirectoryLock(dir);
  try {
    const client = await PGlite.create(dir ? path.resolve(dir) : undefined, { extensions: { pg_trgm }, startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`] });
    const driverDb = drizzlePglite({ client, schema });
    const db: Db = driverDb;
    let closed = false;
    return {
      db,
      engine: 'pglite',
      migrate: () => migratePglite(driverDb, { migrationsFolder: MIGRATIONS_FOLDER }),
      withLogger: (logQuery) => drizzlePglite({ client, schema, logger: { logQuery } }),
      rawQuery: async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
      location: dir ? path.resolve(dir) : 'memory',
      observeQueries: (observe) => timeCalls(client, observe),
      // A checkpoint first, so that the copy needs little recovery; then PGlite's own statement
      // lock (it runs one statement at a time) holds every other statement back while it copies.
      whileStill: dir
        ? async (copy) => {
            await client.query('CHECKPOINT');
            return client._runExclusiveQuery(() => copy(path.resolve(dir)));
          }
        : null,
      pool: null,
      copyCsv: (statement, chunks, options) => copyCsvToPglite(client, statement, chunks, options),
      async close() {
        if (closed) return;
        closed = true;
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

const COPY_BLOCK_CHARS = 8 * 1024 * 1024;

async function copyCsvToPglite(client: PGlite, statement: string, chunks: AsyncIterable<string> | Iterable<string>, options: CopyOptions = {}): Promise<void> {
  const copy = `${statement} FROM '/dev/blob' WITH (FORMAT csv)`;
  if (options.skipTriggers) await client.exec('SET session_replication_role = replica');
  try {
    await copyBlocks(client, copy, chunks);
  } finally {
    if (options.skipTriggers) await client.exec('RESET session_replication_role');
  }
}

async function copyBlocks(client: PGlite, copy: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
  let block: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    await client.query(copy, [], { blob: new Blob(block) });
    block = [];
    size = 0;
  };
  for await (const chunk of chunks) {
    block.push(chunk);
    size += chunk.length;
    if (size >= COPY_BLOCK_CHARS) await flush();
  }
  await flush();
}

async function copyCsvToPostgres(pool: pg.Pool, statement: string, chunks: AsyncIterable<string> | Iterable<string>, options: CopyOptions = {}): Promise<void> {
  const client = await pool.connect();
  try {
    if (options.skipTriggers) await client.query('SET session_replication_role = replica');
    const stream = client.query(copyFrom(`${statement} FROM STDIN WITH (FORMAT csv)`));
    const done = finished(stream);
    for await (const chunk of chunks) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await done;
    if (options.skipTriggers) await client.query('RESET session_replication_role');
  } finally {
    client.release();
  }
}

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  await handle.migrate();
}

/** Both drivers answer raw SQL with `{ rows }`; the shared type only says `unknown`. */
function readRows<T>(result: unknown): T[] {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) return result.rows as T[];
  throw new Error('The database driver answered without rows.');
}

/** Runs raw SQL and returns its rows, whichever driver is underneath. */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return readRows<T>(result);
}

export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    const rows = await queryRows<{ ok: number }>(db, sql`select 1 as ok`);
    return rows[0]?.ok === 1;
  } catch {
    return false;
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'PostgreSQL';
  }
}

// The server process opens the database once, before Next.js handles a request, and keeps it
// here; Next's bundles hold their own copy of this module, so the handle lives on globalThis.
const HANDLE_KEY = Symbol.for('scam-number-portal.database');
type GlobalWithHandle = typeof globalThis & { [HANDLE_KEY]?: Promise<DatabaseHandle> };

export function setDatabaseHandle(handle: DatabaseHandle): void {
  (globalThis as GlobalWithHandle)[HANDLE_KEY] = Promise.resolve(handle);
}

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  const global = globalThis as GlobalWithHandle;
  global[HANDLE_KEY] ??= openMigratedDatabase().catch((error: unknown) => {
    delete global[HANDLE_KEY];
    throw error;
  });
  return global[HANDLE_KEY];
}

export async function getDb(): Promise<Db> {
  return (await getDatabaseHandle()).db;
}

/** Opens and migrates the configured database; the embedded one is locked for this process. */
export async function openMigratedDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const config = readDatabaseConfig();
  if (config.engine === 'postgres' && options.statementTimeoutMs) {
    // The migrations (index builds among them) run without the limit, on connections of their own.
    await (await openMigratedDatabase()).close();
    return openDatabase(config, options);
  }
  const handle = await openDatabase(config);
  try {
    await migrateDatabase(handle);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Wraps a driver's `query` so that each call's duration (to the answer or the error) is observed. */
function timeCalls(target: { query: (...args: never[]) => unknown }, observe: (seconds: number) => void): void {
  const query = target.query.bind(target) as (...args: unknown[]) => unknown;
  target.query = ((...args: unknown[]) => {
    const started = performance.now();
    const done = () => observe((performance.now() - started) / 1000);
    const result = query(...args);
    if (result instanceof Promise) result.then(done, done);
    else done();
    return result;
  }) as typeof target.query;
}
