import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { settings } from '@/lib/settings';
import { migrateDatabase, openDatabase, type DatabaseHandle, type Engine } from '../client';

/** The engines database tests run on: always PGlite, and PostgreSQL when TEST_DATABASE_URL is set. */
export const TEST_ENGINES: Engine[] = settings().testDatabaseUrl ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends DatabaseHandle {
  /** Closes the database and, on PostgreSQL, drops it. */
  destroy(): Promise<void>;
}

/** A fresh, migrated database: in-memory PGlite, or a new throwaway PostgreSQL database. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const handle = await openDatabase({ engine: 'pglite', dir: null });
    await migrateDatabase(handle);
    return { ...handle, destroy: () => handle.close() };
  }

  const adminUrl = settings().testDatabaseUrl;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 4 });
  await migrateDatabase(handle);
  return {
    ...handle,
    async destroy() {
      await handle.close();
      await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdminClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for the enclosing suite: created before its first test, destroyed
 * after its last. Call it first in the suite, so that later set-up hooks find it ready.
 */
export function useTestDatabase(engine: Engine): TestDatabase {
  let database: TestDatabase | null = null;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.destroy();
  });
  const current = () => {
    if (!database) throw new Error('The test database is not ready: use it inside tests and hooks.');
    return database;
  };
  return {
    get db() {
      return current().db;
    },
    get engine() {
      return engine;
    },
    get location() {
      return current().location;
    },
    get pool() {
      return current().pool;
    },
    copyCsv: (...args) => current().copyCsv(...args),
    migrate: () => current().migrate(),
    withLogger: (logQuery) => current().withLogger(logQuery),
    observeQueries: (observe) => current().observeQueries(observe),
    get whileStill() {
      return current().whileStill;
    },
    rawQuery: (text, params) => current().rawQuery(text, params),
    close: () => current().close(),
    destroy: () => current().destroy(),
  };
}

/** Runs a suite once per engine; the suite calls `useTestDatabase(engine)` first. */
export function describeEachEngine(name: string, suite: (engine: Engine) => void): void {
  for (const engine of TEST_ENGINES) {
    describe(`${name} [${engine}]`, () => suite(engine));
  }
}
