import { expect, test, type Page } from '@playwright/test';
import { uniqueClientIp } from '../report/helpers';
import { E2E_STAFF } from '../staff';
import { signIn } from './helpers';

/** One try at the sign-in form: signed in, or refused with the one answer every failure gets. */
async function trySignIn(page: Page, email: string, password: string): Promise<'in' | 'refused'> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return Promise.race([
    page.getByRole('heading', { name: 'Moderation dashboard' }).waitFor().then(() => 'in' as const),
    page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor().then(() => 'refused' as const),
  ]);
}

test('twenty wrong passwords slow the account down, all are audited, and the right one still works afterwards', async ({ browser }) => {
  test.setTimeout(180_000);
  const { email, password } = E2E_STAFF.throttled;
  // Its own client address, so the per-address limit does not touch other tests.
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  const page = await context.newPage();
  const attempt = (tried: string) => trySignIn(page, email, tried);

  for (let i = 0; i < 20; i += 1) expect(await attempt(`wrong password ${i}`)).toBe('refused');
  // Held back for a while (the audit log below shows the throttled attempts), but never for
  // good: within the longest wait, a minute, the right password works again.
  await expect.poll(async () => attempt(password), { timeout: 75_000, intervals: [5_000] }).toBe('in');

  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/audit');
  const failures = admin.getByRole('row').filter({ hasText: email }).filter({ hasText: 'auth.sign_in_failed' });
  expect(await failures.count()).toBeGreaterThanOrEqual(20);
  await expect(admin.getByRole('row').filter({ hasText: email }).filter({ hasText: 'throttled' }).first()).toBeVisible();
  await context.close();
});

test('someone guessing from one address cannot lock the owner out: from another address the right password works at once', async ({ browser }) => {
  test.setTimeout(120_000);
  const { email, password } = E2E_STAFF.guessed;
  const tryFrom = (page: Page, tried: string) => trySignIn(page, email, tried);
  const attacker = await (await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } })).newPage();
  // Past the five free failures: each guess from here waits longer (and was refused account-wide before).
  for (let i = 0; i < 10; i += 1) expect(await tryFrom(attacker, `guess ${i}`)).toBe('refused');
  // The owner, elsewhere, is not held back at all.
  const owner = await (await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } })).newPage();
  expect(await tryFrom(owner, password)).toBe('in');
  await Promise.all([attacker.context().close(), owner.context().close()]);
});
