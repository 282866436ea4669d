import { expect, test, type Browser, type Page } from '@playwright/test';
import { uniqueNumber } from '../../lib/test/numbers';
import { signInWithForm } from '../admin/helpers';
import { reportAsVisitor, uniqueClientIp } from '../report/helpers';
import { addStaff, createDatabase, dropDatabase, startInstance, startRelay, stopInstance, type Instance } from './instances';

// Two separate servers on one PostgreSQL database, as two machines behind a load balancer.
test.describe.configure({ mode: 'serial' });

const STAFF = {
  first: { email: 'first@instances.invalid', password: 'first-moderator-password', role: 'moderator' },
  second: { email: 'second@instances.invalid', password: 'second-moderator-password', role: 'moderator' },
} as const;

let databaseUrl: string;
let a: Instance;
let b: Instance;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  databaseUrl = await createDatabase();
  a = await startInstance(databaseUrl, 3111);
  b = await startInstance(databaseUrl, 3112);
  await addStaff(databaseUrl, STAFF.first);
  await addStaff(databaseUrl, STAFF.second);
});

test.afterAll(async () => {
  const codes = await Promise.all([a, b].filter(Boolean).map(stopInstance));
  if (databaseUrl) await dropDatabase(databaseUrl);
  // SIGTERM drains and closes the database: a clean exit.
  expect(codes).toEqual([0, 0]);
});

async function signInOn(browser: Browser, instance: Instance, who: keyof typeof STAFF): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: instance.url })).newPage();
  await signInWithForm(page, STAFF[who]);
  await expect(page.getByRole('heading', { name: 'Moderation dashboard' })).toBeVisible();
  return page;
}

/** Asks the instance for a page every 50 ms until `ready` says yes; the milliseconds it took, or null after `limit`. */
async function millisecondsUntil(url: string, ready: (html: string) => boolean, limit: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started <= limit) {
    if (ready(await (await fetch(url)).text())) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

test('a report approved on one instance shows on the other within a second, and its takedown too', async ({ browser }) => {
  test.setTimeout(120_000);
  const number = uniqueNumber();
  const text = `Caller said he was from the bank fraud team, instance check ${number.e164}.`;
  const reference = await reportAsVisitor(browser, { number: number.typed, description: text, baseURL: a.url });

  // B renders the number page, and keeps it, before the decision.
  const page = `${b.url}/numbers/${number.e164}`;
  expect(await (await fetch(page)).text()).toContain('No reports yet');
  expect(await (await fetch(page)).text()).toContain('No reports yet');

  const moderator = await signInOn(browser, a, 'first');
  await moderator.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await moderator.getByRole('link', { name: reference }).click();
  await moderator.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(moderator.getByRole('status')).toContainText('Report approved and published.');
  expect(await millisecondsUntil(page, (html) => html.includes('instance check'), 1_000)).not.toBeNull();

  // The takedown: proposed on A, confirmed by a second moderator on B; A stops showing it.
  await moderator.goto(`/admin/reports?status=approved&number=${encodeURIComponent(number.e164)}`);
  await moderator.getByRole('link', { name: reference }).click();
  await moderator.getByLabel('Reason', { exact: true }).selectOption('personal_data');
  await moderator.getByRole('button', { name: 'Propose removal' }).click();
  await expect(moderator.getByRole('status')).toContainText('a second member of staff must confirm');
  const onA = `${a.url}/numbers/${number.e164}`;
  expect(await (await fetch(onA)).text()).toContain('instance check');

  const second = await signInOn(browser, b, 'second');
  await second.goto(new URL(moderator.url()).pathname);
  await second.getByRole('button', { name: 'Confirm removal' }).click();
  await expect(second.getByRole('status')).toContainText('Report taken down.');
  expect(await millisecondsUntil(onA, (html) => !html.includes('instance check') && html.includes('No reports yet'), 1_000)).not.toBeNull();
});

test('a session started on one instance works on the other', async ({ browser }) => {
  const page = await signInOn(browser, a, 'first');
  const cookies = await page.context().cookies();
  const other = await (await browser.newContext({ baseURL: b.url })).newPage();
  await other.context().addCookies(cookies.map((cookie) => ({ ...cookie, domain: 'localhost' })));
  await other.goto('/admin');
  await expect(other.getByRole('heading', { name: 'Moderation dashboard' })).toBeVisible();
});

test('the API’s rate limit counts a client’s requests on every instance together', async () => {
  const client = uniqueClientIp();
  const ask = (instance: Instance) => fetch(`${instance.url}/api/v1/numbers/%2B442079460018`, { headers: { 'X-Forwarded-For': client } });
  // Nobody reported the number: each answer is a 404, and each counts.
  for (let i = 0; i < 60; i += 1) expect((await ask(a)).status).toBe(404);
  for (let i = 0; i < 60; i += 1) expect((await ask(b)).status).toBe(404);
  const refused = await ask(a);
  expect(refused.status).toBe(429);
  expect(refused.headers.get('ratelimit')).toMatch(/remaining=0/);
});

test('with its database gone, an instance answers a clear 503 within 5 s, and recovers by itself', async () => {
  test.setTimeout(180_000);
  const relay = await startRelay(3120);
  const instance = await startInstance(relay.url(databaseUrl), 3113);
  try {
    const page = `${instance.url}/numbers/+442079460018`;
    expect((await fetch(page)).status).toBe(200);

    await relay.cut();
    const cutAt = Date.now();
    let answer: Response | null = null;
    while (Date.now() - cutAt < 5_000) {
      answer = await fetch(page);
      if (answer.status === 503) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(answer?.status).toBe(503);
    expect(await answer!.text()).toContain('The site is not answering right now');
    expect(Date.now() - cutAt).toBeLessThan(5_000);
    const health = await fetch(`${instance.url}/api/health`);
    expect(health.status).toBe(503);

    await relay.restore();
    const restoredAt = Date.now();
    let back = 0;
    while (Date.now() - restoredAt < 15_000) {
      back = (await fetch(page)).status;
      if (back === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(back).toBe(200);
    expect((await fetch(`${instance.url}/api/health`)).status).toBe(200);
  } finally {
    expect(await stopInstance(instance)).toBe(0);
    await relay.close();
  }
});
