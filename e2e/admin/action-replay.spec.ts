import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { fillReport, referenceFrom, send, uniqueClientIp } from '../report/helpers';
import { E2E_STAFF } from '../staff';
import { freshNumber, signIn } from './helpers';

/**
 * Every admin action is a public endpoint. These tests capture the real request a member of
 * staff's browser sends (JavaScript off, so it is the plain form post), block it, and send it
 * again without a session, or with a moderator's session for admin-only actions: nothing may change.
 */
async function capturePost(page: Page, submit: () => Promise<void>) {
  let captured: { url: string; body: Buffer; contentType: string } | null = null;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && !captured) {
      captured = { url: request.url(), body: request.postDataBuffer()!, contentType: (await request.allHeaders())['content-type']! };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await submit().catch(() => {});
  await expect.poll(() => captured).not.toBeNull();
  await page.unroute('**/*');
  return captured!;
}

async function replay(request: APIRequestContext, post: { url: string; body: Buffer; contentType: string }, origin: string) {
  const response = await request.post(post.url, { data: post.body, headers: { 'content-type': post.contentType, origin }, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(500);
}

async function pendingReport(browser: import('@playwright/test').Browser) {
  const number = freshNumber();
  const page = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  await page.goto('/report');
  await fillReport(page, { number: number.typed, country: 'IN' });
  await send(page);
  const reference = referenceFrom(page);
  await page.close();
  return { number, reference };
}

test('bulk decisions and removals replayed without a session change nothing', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const anonymous = await playwright.request.newContext({ baseURL });
  const { number, reference } = await pendingReport(browser);
  const staff = await browser.newContext({ javaScriptEnabled: false });
  const page = await staff.newPage();
  await signIn(page, 'moderator');

  await page.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await page.getByRole('checkbox', { name: `Select ${reference}` }).check();
  const bulk = await capturePost(page, () => page.getByRole('button', { name: 'Approve selected' }).click());
  await replay(anonymous, bulk, baseURL!);
  await page.goto(`/report/status?ref=${reference}`);
  await expect(page.getByRole('heading', { name: 'Waiting for a moderator' })).toBeVisible();

  // Approve it for real, then try to replay a removal proposal without a session.
  await page.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await page.getByRole('link', { name: reference }).click();
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await page.goto(`/admin/reports?status=approved&number=${encodeURIComponent(number.e164)}`);
  await page.getByRole('link', { name: reference }).click();
  const reviewUrl = page.url();
  await page.getByLabel('Reason', { exact: true }).selectOption('duplicate');
  const removal = await capturePost(page, () => page.getByRole('button', { name: 'Propose removal' }).click());
  await replay(anonymous, removal, baseURL!);
  await page.goto(reviewUrl);
  await expect(page.getByRole('button', { name: 'Propose removal' })).toBeVisible();
  await anonymous.dispose();
  await staff.close();
});

test('account changes replayed without a session, or by a moderator, change nothing', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const adminContext = await browser.newContext({ javaScriptEnabled: false });
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/users');
  await admin.getByLabel(`Your password, to confirm a change to ${E2E_STAFF.twoFactor.email}`).fill(E2E_STAFF.admin.password);
  const disable = await capturePost(admin, () => admin.getByRole('button', { name: `Disable ${E2E_STAFF.twoFactor.email}` }).click());

  const anonymous = await playwright.request.newContext({ baseURL });
  await replay(anonymous, disable, baseURL!);
  await anonymous.dispose();

  const moderatorContext = await browser.newContext({ javaScriptEnabled: false });
  const moderator = await moderatorContext.newPage();
  await signIn(moderator, 'moderator');
  await replay(moderatorContext.request, disable, baseURL!);

  await admin.goto('/admin/users');
  await expect(admin.getByRole('row').filter({ hasText: E2E_STAFF.twoFactor.email })).toContainText('active');
  await adminContext.close();
  await moderatorContext.close();
});

test('a dispute review step replayed without a session changes nothing', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const number = freshNumber();
  const owner = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  await owner.goto(`/numbers/${number.e164}/dispute`);
  const statement = `My own mobile, being faked by someone else (${number.e164}).`;
  await owner.getByLabel('Your statement').fill(statement);
  await owner.getByRole('checkbox', { name: /This is my number/ }).check();
  await owner.waitForTimeout(1_100);
  await owner.getByRole('button', { name: 'Send statement' }).click();
  await expect(owner.getByRole('heading', { level: 1 })).toHaveText('Thank you: your statement was received');

  const staff = await browser.newContext({ javaScriptEnabled: false });
  const page = await staff.newPage();
  await signIn(page, 'moderator');
  await page.goto('/admin/disputes');
  const item = page.getByRole('listitem').filter({ hasText: statement });
  const propose = await capturePost(page, () => item.getByRole('button', { name: 'Propose to uphold' }).click());
  const anonymous = await playwright.request.newContext({ baseURL });
  await replay(anonymous, propose, baseURL!);
  await page.goto('/admin/disputes');
  await expect(page.getByRole('listitem').filter({ hasText: statement }).getByRole('button', { name: 'Propose to uphold' })).toBeVisible();
  await anonymous.dispose();
  await staff.close();
});

test('a removal confirmation replayed without a session, or by the member of staff who proposed it, changes nothing', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const { number, reference } = await pendingReport(browser);
  const moderatorContext = await browser.newContext({ javaScriptEnabled: false });
  const moderator = await moderatorContext.newPage();
  await signIn(moderator, 'moderator');
  await moderator.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await moderator.getByRole('link', { name: reference }).click();
  const reviewUrl = moderator.url().split('?')[0]!;
  await moderator.getByRole('button', { name: 'Approve and publish' }).click();
  await moderator.goto(reviewUrl);
  await moderator.getByLabel('Reason', { exact: true }).selectOption('personal_data');
  await moderator.getByRole('button', { name: 'Propose removal' }).click();
  await expect(moderator.getByRole('status')).toContainText('a second member of staff must confirm');

  const adminContext = await browser.newContext({ javaScriptEnabled: false });
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin');
  await admin.goto(reviewUrl);
  const confirm = await capturePost(admin, () => admin.getByRole('button', { name: 'Confirm removal' }).click());

  const anonymous = await playwright.request.newContext({ baseURL });
  await replay(anonymous, confirm, baseURL!);
  await anonymous.dispose();
  await replay(moderatorContext.request, confirm, baseURL!);

  const visitor = await browser.newPage({ javaScriptEnabled: false });
  await visitor.goto(`/numbers/${number.e164}`);
  await expect(visitor.getByText('1 published report from one person.')).toBeVisible();
  await admin.goto(reviewUrl);
  await expect(admin.getByRole('button', { name: 'Confirm removal' })).toBeVisible();
  await visitor.close();
  await adminContext.close();
  await moderatorContext.close();
});

test('setting up an authenticator app, replayed without a session, changes nothing', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, 'enrolling');
  await page.goto('/admin/security');
  await page.getByLabel('Your password').fill(E2E_STAFF.enrolling.password);
  const start = await capturePost(page, () => page.getByRole('button', { name: 'Set up an authenticator app' }).click());
  const anonymous = await playwright.request.newContext({ baseURL });
  await replay(anonymous, start, baseURL!);
  await page.goto('/admin/security');
  await expect(page.getByRole('button', { name: 'Set up an authenticator app' })).toBeVisible();

  await page.getByLabel('Your password').fill(E2E_STAFF.enrolling.password);
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const key = (await page.locator('#totp-key').textContent())!.trim();
  await page.getByLabel('I have saved my recovery codes').check();
  await page.getByLabel('Code from the app').fill(TOTP.generate({ secret: Secret.fromBase32(key) }));
  const confirm = await capturePost(page, () => page.getByRole('button', { name: 'Turn on' }).click());
  await replay(anonymous, confirm, baseURL!);
  await anonymous.dispose();
  await page.goto('/admin/security');
  await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
  await expect(page.locator('#totp-key')).toHaveText(key);
  await context.close();
});

test('adding or removing a genuine number, and undoing a decision, replayed without a session change nothing', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const staff = await browser.newContext({ javaScriptEnabled: false });
  const page = await staff.newPage();
  await signIn(page, 'moderator');
  const anonymous = await playwright.request.newContext({ baseURL });

  const genuine = freshNumber();
  await page.goto('/admin/verified');
  await page.getByRole('textbox', { name: 'Number', exact: true }).fill(genuine.typed);
  await page.getByLabel('Organisation').fill('Replay Test Bank');
  await page.getByLabel('Source').fill('https://replay-bank.example/contact');
  const add = await capturePost(page, () => page.getByRole('button', { name: 'Add to the registry' }).click());
  await replay(anonymous, add, baseURL!);
  await page.goto(`/numbers/${genuine.e164}`);
  await expect(page.getByRole('heading', { name: 'No reports yet' })).toBeVisible();

  // Added for real, then a removal is replayed without a session.
  await page.goto('/admin/verified');
  await page.getByRole('textbox', { name: 'Number', exact: true }).fill(genuine.typed);
  await page.getByLabel('Organisation').fill('Replay Test Bank');
  await page.getByLabel('Source').fill('https://replay-bank.example/contact');
  await page.getByRole('button', { name: 'Add to the registry' }).click();
  await expect(page.getByRole('status')).toContainText('Replay Test Bank');
  const remove = await capturePost(page, () => page.getByRole('button', { name: /^Remove .+ \(Replay Test Bank\)$/ }).click());
  await replay(anonymous, remove, baseURL!);
  await page.goto(`/numbers/${genuine.e164}`);
  await expect(page.getByRole('heading', { name: 'Real number of Replay Test Bank' })).toBeVisible();

  const { number, reference } = await pendingReport(browser);
  await page.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await page.getByRole('link', { name: reference }).click();
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByRole('status')).toContainText('approved');
  const undo = await capturePost(page, () => page.getByRole('button', { name: 'Undo' }).click());
  await replay(anonymous, undo, baseURL!);
  await page.goto(`/report/status?ref=${reference}`);
  await expect(page.getByRole('heading', { name: 'Published' })).toBeVisible();
  await anonymous.dispose();
  await staff.close();
});
