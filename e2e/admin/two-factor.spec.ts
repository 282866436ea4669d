import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { E2E_STAFF } from '../staff';
import { signIn, signInWithForm } from './helpers';

const codeAt = (key: string, offsetSeconds: number) => TOTP.generate({ secret: Secret.fromBase32(key), timestamp: Date.now() + offsetSeconds * 1000 });

test('a moderator sets up an authenticator app; then sign-in needs a fresh code, and each code works once', async ({ browser }) => {
  test.setTimeout(90_000);
  const setup = await browser.newPage();
  await signIn(setup, 'twoFactor');
  await setup.goto('/admin/security');
  // Setting up asks for the password again.
  await setup.getByLabel('Your password').fill('not-my-password');
  await setup.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(setup.getByRole('status')).toContainText('That is not your password: nothing was changed.');
  await setup.getByLabel('Your password').fill(E2E_STAFF.twoFactor.password);
  await setup.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(setup.getByRole('img', { name: 'QR code of your authenticator key' })).toBeVisible();
  const key = (await setup.locator('#totp-key').textContent())!.trim();
  await setup.getByLabel('I have saved my recovery codes').check();
  await setup.getByLabel('Code from the app').fill(codeAt(key, 0));
  await setup.getByRole('button', { name: 'Turn on' }).click();
  await expect(setup.getByRole('status')).toContainText('sign-in asks for a code');

  const attempt = async (code?: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(E2E_STAFF.twoFactor.email);
    await page.getByLabel('Password').fill(E2E_STAFF.twoFactor.password);
    if (code) await page.getByLabel(/^Authentication code/).fill(code);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const outcome = await Promise.race([
      page.getByRole('heading', { name: 'Moderation dashboard' }).waitFor().then(() => 'in'),
      page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor().then(() => 'refused'),
    ]);
    await context.close();
    return outcome;
  };

  expect(await attempt()).toBe('refused');
  expect(await attempt('000000')).toBe('refused');
  // The enrolment spent the current step, so the next one is the first that signs in.
  const next = codeAt(key, 30);
  expect(await attempt(next)).toBe('in');
  expect(await attempt(next)).toBe('refused');
});

test('an admin without a second factor is led to set one up first; each recovery code then signs in once', async ({ browser }) => {
  test.setTimeout(90_000);
  const account = E2E_STAFF.newAdmin;
  const page = await browser.newPage();
  await signInWithForm(page, 'newAdmin');
  await expect(page).toHaveURL(/\/admin\/security\?setup=required/);
  await expect(page.getByText('Admins must use a second factor.')).toBeVisible();
  // Every other admin page leads back here until it is done.
  for (const path of ['/admin', '/admin/reports', '/admin/users', '/admin/audit']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/admin\/security\?setup=required/);
  }

  await page.getByLabel('Your password').fill(account.password);
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const key = (await page.locator('#totp-key').textContent())!.trim();
  const recoveryCodes = (await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents()).map((code) => code.trim());
  expect(recoveryCodes).toHaveLength(10);
  for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  await page.getByLabel('I have saved my recovery codes').check();
  await page.getByLabel('Code from the app').fill(codeAt(key, 0));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('status')).toContainText('sign-in asks for a code');
  await expect(page.getByText('10 of 10 recovery codes')).toBeVisible();
  await page.goto('/admin/reports');
  await expect(page.getByRole('heading', { name: 'Report queue' })).toBeVisible();
  await page.close();

  // The phone is lost: a recovery code (typed in lower case, without its dash) signs in, once.
  const signInWith = async (code: string) => {
    const context = await browser.newContext();
    const attempt = await context.newPage();
    await signInWithForm(attempt, 'newAdmin', code);
    const outcome = await Promise.race([
      attempt.getByRole('heading', { name: 'Moderation dashboard' }).waitFor().then(() => 'in'),
      attempt.getByRole('alert').filter({ hasText: 'do not match' }).waitFor().then(() => 'refused'),
    ]);
    if (outcome === 'in') {
      await attempt.goto('/admin/security');
      await expect(attempt.getByText('9 of 10 recovery codes')).toBeVisible();
    }
    await context.close();
    return outcome;
  };
  expect(await signInWith(recoveryCodes[0]!.replace('-', '').toLowerCase())).toBe('in');
  expect(await signInWith(recoveryCodes[0]!)).toBe('refused');
  expect(await signInWith('AAAAA-AAAAA')).toBe('refused');
});
