import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { settings } from '@/lib/settings';
import { startCacheBus, type CacheBus, type CacheMessage } from '@/server/cache-bus';

// LISTEN/NOTIFY is PostgreSQL's own: the bus is tested on the tests' server, or the machine's.
const URL = settings().testDatabaseUrl ?? 'postgres://postgres@127.0.0.1:5432/test';

function recorder() {
  const messages: CacheMessage[] = [];
  const next = () =>
    new Promise<CacheMessage>((resolve, reject) => {
      const started = Date.now();
      const look = () => {
        const message = messages.shift();
        if (message) resolve(message);
        else if (Date.now() - started > 5_000) reject(new Error('no message within 5 s'));
        else setTimeout(look, 10);
      };
      look();
    });
  return { messages, next, apply: (message: CacheMessage) => void messages.push(message) };
}

describe('the cache bus between instances', () => {
  const buses: CacheBus[] = [];
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });

  it('tells every other instance which numbers changed, and not the sender', async () => {
    const a = recorder();
    const b = recorder();
    buses.push(await startCacheBus({ url: URL, apply: a.apply, log: () => {} }));
    buses.push(await startCacheBus({ url: URL, apply: b.apply, log: () => {} }));
    await buses[0]!.publish({ e164s: ['+442079460018'] });
    expect(await b.next()).toEqual({ e164s: ['+442079460018'] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(a.messages).toEqual([]);
  });

  it('empties everything after its connection was lost, since a message may have been missed', async () => {
    const b = recorder();
    const bus = await startCacheBus({ url: URL, apply: b.apply, log: () => {} });
    buses.push(bus);
    const admin = new pg.Client({ connectionString: URL });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN portal_cache' AND pid <> pg_backend_pid()`);
    await admin.end();
    expect(await b.next()).toEqual({ all: true });

    // And it listens again.
    const other = await startCacheBus({ url: URL, apply: () => {}, log: () => {} });
    buses.push(other);
    await other.publish({ e164s: ['+61412345678'] });
    expect(await b.next()).toEqual({ e164s: ['+61412345678'] });
  });
});
