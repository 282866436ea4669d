import fs from 'node:fs';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { uniqueNumber } from '../../lib/test/numbers';
import { E2E_STAFF } from '../staff';
import { STAFF_STATE } from '../staff-state';

/**
 * Signs a page's context in as a member of staff. The moderator and the admin reuse the sessions
 * the set-up project saved (e2e/staff.setup.ts); the other accounts, and a sign-in with a code,
 * go through the form, as a person would.
 */
export async function signIn(page: Page, who: keyof typeof E2E_STAFF = 'moderator', code?: string) {
  const saved = who in STAFF_STATE && !code ? STAFF_STATE[who as keyof typeof STAFF_STATE] : null;
  if (saved && fs.existsSync(saved)) {
    const { cookies } = JSON.parse(fs.readFileSync(saved, 'utf8')) as { cookies: Parameters<BrowserContext['addCookies']>[0] };
    await page.context().addCookies(cookies);
    await page.goto('/admin');
  } else {
    await signInWithForm(page, who, code);
  }
  await expect(page.getByRole('heading', { name: 'Moderation dashboard' })).toBeVisible();
}

/** Signs in through the form, as one of the e2e server's staff or with the credentials given. */
export async function signInWithForm(page: Page, who: keyof typeof E2E_STAFF | { email: string; password: string }, code?: string) {
  const { email, password } = typeof who === 'string' ? E2E_STAFF[who] : who;
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  if (code) await page.getByLabel(/^Authentication code/).fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A valid number no demo data uses, different on each call. */
export const freshNumber = uniqueNumber;
