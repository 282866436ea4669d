import { expect, test } from '@playwright/test';
import { E2E_STAFF } from '../staff';
import { freshNumber, signIn } from './helpers';
import { fillReport, referenceFrom, send, uniqueClientIp } from '../report/helpers';

test('admin pages are never cached, and the session cookie is HttpOnly and SameSite=Lax', async ({ page, context }) => {
  await signIn(page, 'moderator');
  const response = await page.goto('/admin/reports');
  expect(response?.headers()['cache-control']).toMatch(/no-store/);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith('authjs.session-token'));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});

test('a session cookie replayed after sign-out opens nothing, and signing out ends only that session', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  for (const context of [first, second]) {
    const page = await context.newPage();
    await signIn(page, 'session');
  }
  const stolen = await first.cookies();
  const page = first.pages()[0]!;
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(stolen);
  const replayed = await replay.newPage();
  await replayed.goto('/admin');
  await expect(replayed).toHaveURL(/\/login/);
  await expect(replayed.getByRole('heading', { name: 'Moderation dashboard' })).toHaveCount(0);
  expect(await (await replayed.request.get('/api/auth/session')).json()).toBeNull();

  // The same account signed in elsewhere is still signed in.
  const other = second.pages()[0]!;
  await other.goto('/admin/reports');
  await expect(other.getByRole('heading', { name: 'Report queue' })).toBeVisible();
  await Promise.all([first.close(), second.close(), replay.close()]);
});

test('requests that try to skip the proxy or ask for RSC data reveal nothing without a session', async ({ request }) => {
  const attempts: Array<Record<string, string>> = [
    { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    { RSC: '1' },
    { RSC: '1', 'Next-Router-Prefetch': '1' },
    { Purpose: 'prefetch' },
  ];
  for (const headers of attempts) {
    const response = await request.get('/admin/reports', { headers, maxRedirects: 0 });
    const body = await response.text();
    expect(body, JSON.stringify(headers)).not.toContain('Report queue');
    expect(body).not.toContain('@e2e.invalid');
  }
});

test('a moderator cannot open the admins’ pages', async ({ page }) => {
  await signIn(page, 'moderator');
  for (const path of ['/admin/users', '/admin/audit']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/admin\?denied=1$/);
  }
});

test('a decision replayed without a session, or with a foreign Origin, changes nothing', async ({ page, browser, playwright, baseURL }) => {
  test.setTimeout(60_000);
  const number = freshNumber();
  const reporter = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  await reporter.goto('/report');
  await fillReport(reporter, { number: number.typed, country: 'IN' });
  await send(reporter);
  const reference = referenceFrom(reporter);

  // A moderator's browser with JavaScript off posts the real form; we capture that request.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const moderator = await context.newPage();
  await signIn(moderator, 'moderator');
  await moderator.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await moderator.getByRole('link', { name: reference }).click();
  const reviewUrl = moderator.url();
  let captured: { url: string; body: Buffer; headers: Record<string, string> } | null = null;
  await moderator.route('**/admin/reports/**', async (route) => {
    const request = route.request();
    if (request.method() === 'POST') {
      captured = { url: request.url(), body: request.postDataBuffer()!, headers: await request.allHeaders() };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await moderator.getByRole('button', { name: 'Approve and publish' }).click().catch(() => {});
  await expect.poll(() => captured).not.toBeNull();
  const replay = captured!;

  const anonymous = await playwright.request.newContext({ baseURL });
  const withoutSession = await anonymous.post(replay.url, {
    data: replay.body,
    headers: { 'content-type': replay.headers['content-type']!, origin: baseURL! },
    maxRedirects: 0,
  });
  expect(withoutSession.status()).toBeLessThan(500);

  const foreign = await context.request.post(replay.url, {
    data: replay.body,
    headers: { 'content-type': replay.headers['content-type']!, origin: 'https://evil.example' },
    maxRedirects: 0,
  });
  expect(foreign.ok() && foreign.status() < 300 && (await foreign.text()).includes('Report approved')).toBe(false);

  await page.goto(`/report/status?ref=${reference}`);
  await expect(page.getByRole('heading', { name: 'Waiting for a moderator' })).toBeVisible();
  await moderator.goto(reviewUrl);
  await expect(moderator.getByRole('button', { name: 'Approve and publish' })).toBeVisible();
  await anonymous.dispose();
  await context.close();
});

test('disabling a signed-in moderator ends their session on their next click', async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/users');

  const moderator = await browser.newPage();
  await signIn(moderator, 'disposable');
  await admin.goto('/admin/users');
  // Without the admin's password again, or with a wrong one, nothing changes.
  const password = admin.getByLabel(`Your password, to confirm a change to ${E2E_STAFF.disposable.email}`);
  await password.fill('not my password at all');
  await admin.getByRole('button', { name: `Disable ${E2E_STAFF.disposable.email}` }).click();
  await expect(admin.getByRole('status')).toContainText('That is not your password: nothing was changed.');
  await moderator.goto('/admin/reports');
  await expect(moderator.getByRole('heading', { name: 'Report queue' })).toBeVisible();

  await password.fill(E2E_STAFF.admin.password);
  await admin.getByRole('button', { name: `Disable ${E2E_STAFF.disposable.email}` }).click();
  await expect(admin.getByRole('status')).toContainText('Their sessions have ended');

  await moderator.goto('/admin/reports');
  await expect(moderator).toHaveURL(/\/login/);

  await admin.goto('/admin/users');
  await admin.getByLabel(`Your password, to confirm a change to ${E2E_STAFF.disposable.email}`).fill(E2E_STAFF.admin.password);
  await admin.getByRole('button', { name: `Enable ${E2E_STAFF.disposable.email}` }).click();
  await expect(admin.getByRole('status')).toContainText('done');
});

test('behind a trusted proxy that says https, every answer tells the browser to keep to https', async ({ request }) => {
  const answer = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(answer.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(answer.headers()['cross-origin-opener-policy']).toBe('same-origin');
  // The same page asked for over plain http (kept in the page cache by now) says nothing of it.
  const plain = await request.get('/');
  expect(plain.headers()['strict-transport-security']).toBeUndefined();
});

test('malformed session input opens nothing and breaks nothing: a huge cookie, a bad bearer token, a cookie that is not a session', async ({ request }) => {
  const huge = await request.get('/admin', { headers: { Cookie: `authjs.session-token=${'a'.repeat(20_000)}` }, maxRedirects: 0 });
  expect(huge.status()).toBeGreaterThanOrEqual(400);
  expect(huge.status()).toBeLessThan(500);
  for (const headers of <Array<Record<string, string>>>[{ Authorization: 'Bearer %%%' }, { Cookie: 'authjs.session-token={"uid":"x","role":"admin"}' }, { Cookie: 'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..x.y.z' }]) {
    const session = await request.get('/api/auth/session', { headers });
    expect(session.status(), JSON.stringify(headers)).toBe(200);
    expect(await session.json()).toBeNull();
    const admin = await request.get('/admin/reports', { headers, maxRedirects: 0 });
    expect(admin.status(), JSON.stringify(headers)).toBe(307);
    expect(admin.headers().location).toMatch(/\/login/);
  }
});

test('the image optimiser is off: the site uses no next/image, so nothing fetches or resizes images on request', async ({ request }) => {
  for (const url of ['/icon.svg', 'https://evil.example/x.png', 'http://127.0.0.1:5432/']) {
    const answer = await request.get(`/_next/image?url=${encodeURIComponent(url)}&w=64&q=75`);
    expect(answer.status(), url).toBe(404);
  }
});
