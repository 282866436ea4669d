import { expect, type Page } from '@playwright/test';
import { E2E_STAFF } from '../staff';

export async function signIn(page: Page, who: keyof typeof E2E_STAFF = 'moderator', code?: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(E2E_STAFF[who].email);
  await page.getByLabel('Password').fill(E2E_STAFF[who].password);
  if (code) await page.getByLabel(/^Authentication code/).fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Moderation dashboard' })).toBeVisible();
}

/** A valid Indian mobile number no demo data uses, different on each call. */
export function freshNumber(): { typed: string; e164: string } {
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  return { typed: `+91 98${digits.slice(0, 3)} ${digits.slice(3)}`, e164: `+9198${digits}` };
}
