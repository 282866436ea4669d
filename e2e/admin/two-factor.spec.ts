import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { E2E_STAFF } from '../staff';
import { signIn } from './helpers';

const codeAt = (key: string, offsetSeconds: number) => TOTP.generate({ secret: Secret.fromBase32(key), timestamp: Date.now() + offsetSeconds * 1000 });

test('a moderator sets up an authenticator app; then sign-in needs a fresh code, and each code works once', async ({ browser }) => {
  test.setTimeout(90_000);
  const setup = await browser.newPage();
  await signIn(setup, 'twoFactor');
  await setup.goto('/admin/security');
  await setup.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(setup.getByRole('img', { name: 'QR code of your authenticator key' })).toBeVisible();
  const key = (await setup.locator('#totp-key').textContent())!.trim();
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
