import { expect, test } from '@playwright/test';
import pg from 'pg';
import { signInWithForm } from '../admin/helpers';
import { addStaff, createDatabase, dropDatabase, startInstance, stopInstance, type Instance } from './instances';

// Auth fails closed: a session made under one AUTH_SECRET opens nothing once the server runs with
// another (a rotated or wrong secret), neither an admin page nor an admin action.
test.describe.configure({ mode: 'serial' });

const PORT = 3114;
const MODERATOR = { email: 'secret@instances.invalid', password: 'secret-moderator-password', role: 'moderator' } as const;
let databaseUrl: string;
let server: Instance | null = null;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  databaseUrl = await createDatabase();
  await addStaff(databaseUrl, MODERATOR);
});

test.afterAll(async () => {
  if (server) await stopInstance(server);
  if (databaseUrl) await dropDatabase(databaseUrl);
});

async function verifiedCount(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM verified_numbers');
  await client.end();
  return rows[0]!.n;
}

test('a session and an action made under one AUTH_SECRET open nothing under another', async ({ browser, playwright }) => {
  test.setTimeout(240_000);
  server = await startInstance(databaseUrl, PORT, { AUTH_SECRET: 'the-first-auth-secret-of-this-server-000' });
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false });
  const page = await context.newPage();
  await signInWithForm(page, MODERATOR);
  await expect(page.getByRole('heading', { name: 'Moderation dashboard' })).toBeVisible();

  // An admin action as the browser would send it, held back before it reaches the server.
  await page.goto('/admin/verified');
  await page.getByRole('textbox', { name: 'Number', exact: true }).fill('+44 20 7946 0999');
  await page.getByLabel('Organisation').fill('Fail Closed Bank');
  await page.getByLabel('Source').fill('https://fail-closed.example/contact');
  let held: { url: string; body: Buffer; contentType: string } | null = null;
  await page.route('**/*', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    held = { url: route.request().url(), body: route.request().postDataBuffer()!, contentType: (await route.request().allHeaders())['content-type']! };
    await route.abort();
  });
  await page.getByRole('button', { name: 'Add to the registry' }).click().catch(() => {});
  await expect.poll(() => held).not.toBeNull();
  const cookies = await context.cookies();
  expect(cookies.some((cookie) => cookie.name.includes('session-token'))).toBe(true);
  await context.close();
  expect(await stopInstance(server)).toBe(0);

  server = await startInstance(databaseUrl, PORT, { AUTH_SECRET: 'a-different-auth-secret-for-this-server' });
  const cookieHeader = cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const request = await playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: { cookie: cookieHeader } });
  for (const path of ['/admin', '/admin/reports', '/admin/verified', '/admin/security', '/admin/users', '/admin/audit']) {
    const answer = await request.get(path, { maxRedirects: 0 });
    expect(answer.status(), path).toBe(307);
    expect(answer.headers().location, path).toMatch(/^\/login/);
  }
  const session = await (await request.get('/api/auth/session')).json();
  expect(session?.user ?? null).toBeNull();
  const action = held!;
  const answer = await request.post(action.url, { data: action.body, headers: { 'content-type': action.contentType, origin: server.url }, maxRedirects: 0 });
  expect(answer.status()).toBeLessThan(500);
  expect(answer.headers().location ?? '').not.toContain('/admin/verified');
  expect(await verifiedCount()).toBe(0);
  await request.dispose();
});
