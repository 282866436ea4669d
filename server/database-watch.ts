import pg from 'pg';
import { pingDatabase, type Db } from '@/db/client';
import { logger } from '@/lib/logger';

/**
 * Whether PostgreSQL answers, as this process last saw it: a ping every second (at most 2 s
 * each). While it does not, the custom server answers pages with a plain 503 at once, instead
 * of letting each request wait for a connection that will not come; the first good ping lets
 * requests through again.
 */
const WATCH_KEY = Symbol.for('scam-number-portal.database-watch');
type GlobalWithWatch = typeof globalThis & { [WATCH_KEY]?: { down: boolean } };

const PING_EVERY_MS = 1_000;
const PING_TIMEOUT_MS = 2_000;

function state() {
  const global = globalThis as GlobalWithWatch;
  global[WATCH_KEY] ??= { down: false };
  return global[WATCH_KEY];
}

export function isDatabaseDown(): boolean {
  return state().down;
}

/** One ping that gives up after PING_TIMEOUT_MS. */
export async function databaseAnswers(db: Db): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([pingDatabase(db), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the pings, on a connection of their own: a pool busy with a crowd's requests must not
 * pass for a database that is gone. Only for PostgreSQL; the embedded database lives in the
 * process and cannot go away on its own.
 */
export function watchDatabase(url: string, log: (line: string) => void = (line) => logger().warn(line)): () => void {
  let client: pg.Client | null = null;
  let running = false;
  const drop = () => {
    const gone = client;
    client = null;
    gone?.removeAllListeners('error');
    gone?.on('error', () => {});
    void gone?.end().catch(() => {});
  };
  const ping = async (): Promise<boolean> => {
    try {
      if (!client) {
        const fresh = new pg.Client({ connectionString: url, connectionTimeoutMillis: PING_TIMEOUT_MS, query_timeout: PING_TIMEOUT_MS });
        fresh.on('error', () => {
          if (client === fresh) drop();
        });
        await fresh.connect();
        client = fresh;
      }
      await client.query('SELECT 1');
      return true;
    } catch {
      drop();
      return false;
    }
  };
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void ping()
      .then((answers) => {
        const current = state();
        if (!answers && !current.down) log('[db] the database does not answer: pages get a 503 until it does.');
        if (answers && current.down) log('[db] the database answers again.');
        current.down = !answers;
      })
      .finally(() => {
        running = false;
      });
  }, PING_EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    drop();
  };
}
