import { expect, test } from '@playwright/test';
import pg from 'pg';
import { createDatabase, dropDatabase, startInstance, stopInstance, type Instance } from './instances';

// A server with no proxy in front of it (TRUST_PROXY=0, the default): whatever forwarding
// headers a client sends are its own inventions, and must change nothing.
test.describe.configure({ mode: 'serial' });

let databaseUrl: string;
let server: Instance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  databaseUrl = await createDatabase();
  server = await startInstance(databaseUrl, 3113, { TRUST_PROXY: '0' });
});

test.afterAll(async () => {
  if (server) await stopInstance(server);
  if (databaseUrl) await dropDatabase(databaseUrl);
});

async function reportCount(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
  await client.end();
  return rows[0]!.n;
}

test('a report form posted from another site is refused with a 403, even with a forged X-Forwarded-Host', async () => {
  // The form as a browser without JavaScript sends it: every hidden field, as the page gave it.
  const form = await (await fetch(`${server.url}/report`)).text();
  const body = new FormData();
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    body.set(name!, (value ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  }
  expect([...body.keys()]).toContain('$ACTION_REF_1');
  body.set('number', '+44 20 7946 0321');
  body.set('description', 'They said they were from my bank and asked for the code.');
  body.set('intent', 'send');
  const before = await reportCount();
  for (const headers of <Array<Record<string, string>>>[
    { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example' },
    { Origin: 'https://evil.example', Forwarded: 'host=evil.example;proto=https' },
    { Origin: 'https://evil.example' },
    { Origin: 'null' },
  ]) {
    const answer = await fetch(`${server.url}/report`, { method: 'POST', body, headers, redirect: 'manual' });
    expect(answer.status, JSON.stringify(headers)).toBe(403);
  }
  expect(await reportCount()).toBe(before);
  // The same post from the site itself reaches the form (which finds it incomplete).
  const own = await fetch(`${server.url}/report`, { method: 'POST', body, headers: { Origin: server.url }, redirect: 'manual' });
  expect(own.status).not.toBe(403);
  expect(own.status).toBeLessThan(500);
});

test('X-Forwarded-For from a client is ignored: a new address in it each time does not escape the rate limit, and the server warns once', async () => {
  let last = 0;
  for (let i = 0; i < 121; i += 1) {
    const answer = await fetch(`${server.url}/api/v1/numbers/%2B442079460019`, { headers: { 'X-Forwarded-For': `198.51.100.${i % 250}` } });
    last = answer.status;
    if (i < 120) expect(answer.status).toBe(404);
  }
  expect(last).toBe(429);
  const warnings = server.output.join('').split('TRUST_PROXY is 0').length - 1;
  expect(warnings).toBe(1);
});

test('a client cannot claim https to get HSTS, and every page keeps other windows out of reach', async () => {
  const claimed = await fetch(`${server.url}/`, { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(claimed.headers.get('strict-transport-security')).toBeNull();
  expect(claimed.headers.get('cross-origin-opener-policy')).toBe('same-origin');
});

test('without METRICS_TOKEN, /metrics does not exist', async () => {
  const answer = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer anything-at-all-1234' } });
  expect(answer.status).toBe(404);
  expect(await answer.text()).not.toContain('portal_');
});
