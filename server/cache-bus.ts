import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { logger } from '@/lib/logger';

/**
 * Tells every server process sharing one PostgreSQL database that public data changed, so that
 * each empties its own caches within a moment: PostgreSQL's LISTEN/NOTIFY, on a connection of its
 * own. A message can be missed while that connection is down, so after every reconnection the
 * process empties all its caches: it may serve a page once more from the database, never a stale
 * one. The embedded database has one process, and no bus.
 */
export const CACHE_CHANNEL = 'portal_cache';

/** What changed: some numbers (and with them every list), or everything. */
export type CacheMessage = { e164s: string[] } | { all: true };

/** A NOTIFY payload must stay under 8,000 bytes; past this many numbers, everything is emptied. */
const MAX_NUMBERS_PER_MESSAGE = 400;

interface Envelope {
  origin: string;
  message: CacheMessage;
}

const BUS_KEY = Symbol.for('scam-number-portal.cache-bus');
type GlobalWithBus = typeof globalThis & { [BUS_KEY]?: CacheBus };

export interface CacheBus {
  /** This process's name on the bus: it ignores its own messages. */
  origin: string;
  publish(message: CacheMessage): Promise<void>;
  close(): Promise<void>;
}

/** The process's bus, once started; null on the embedded database or before the start. */
export function cacheBus(): CacheBus | null {
  return (globalThis as GlobalWithBus)[BUS_KEY] ?? null;
}

/** The message for a set of changed numbers. */
export function messageFor(e164s: Iterable<string>): CacheMessage {
  const numbers = [...new Set(e164s)];
  return numbers.length > MAX_NUMBERS_PER_MESSAGE ? { all: true } : { e164s: numbers };
}

export interface StartCacheBusOptions {
  url: string;
  /** Empties this process's caches as a message (or a reconnection) says. */
  apply: (message: CacheMessage) => Promise<void> | void;
  /** Where the bus tells what happens to its connection. */
  log?: (line: string) => void;
}

/**
 * Listens for other processes' changes and lets this one publish its own. Reconnects with a
 * growing pause (up to 5 s), and empties everything after each reconnection.
 */
export async function startCacheBus({ url, apply, log = (line: string) => logger().info(line) }: StartCacheBusOptions): Promise<CacheBus> {
  const origin = randomUUID();
  let listener: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  let pause = 250;
  const publisher = new pg.Pool({ connectionString: url, max: 2 });
  publisher.on('error', (error) => log(`[cache-bus] publisher connection error: ${error.message}`));

  const connect = async (reconnecting: boolean): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (notification) => {
      if (notification.channel !== CACHE_CHANNEL || !notification.payload) return;
      let envelope: Envelope;
      try {
        envelope = JSON.parse(notification.payload) as Envelope;
      } catch {
        return;
      }
      if (envelope.origin === origin) return;
      void Promise.resolve(apply(envelope.message)).catch((error: unknown) => log(`[cache-bus] could not empty the caches: ${String(error)}`));
    });
    const lost = (reason: string) => {
      if (listener !== client) return;
      listener = null;
      client.removeAllListeners('error');
      client.on('error', () => {});
      void client.end().catch(() => {});
      if (closed) return;
      log(`[cache-bus] connection lost (${reason}); reconnecting`);
      schedule();
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('closed'));
    await client.connect();
    await client.query(`LISTEN ${CACHE_CHANNEL}`);
    listener = client;
    pause = 250;
    // Whatever changed while no one listened: start afresh.
    if (reconnecting) await apply({ all: true });
  };

  const schedule = () => {
    if (retry || closed) return;
    retry = setTimeout(() => {
      retry = null;
      connect(true).catch((error: unknown) => {
        log(`[cache-bus] reconnection failed: ${error instanceof Error ? error.message : String(error)}`);
        pause = Math.min(pause * 2, 5_000);
        schedule();
      });
    }, pause);
    retry.unref();
  };

  await connect(false);
  const bus: CacheBus = {
    origin,
    async publish(message) {
      const envelope: Envelope = { origin, message };
      await publisher.query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, JSON.stringify(envelope)]);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const client = listener;
      listener = null;
      await Promise.all([client?.end().catch(() => {}), publisher.end().catch(() => {})]);
      delete (globalThis as GlobalWithBus)[BUS_KEY];
    },
  };
  (globalThis as GlobalWithBus)[BUS_KEY] = bus;
  return bus;
}
