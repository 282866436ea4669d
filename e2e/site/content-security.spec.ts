import { expect, test, type APIResponse, type Page, type Response } from '@playwright/test';
import { signIn, freshNumber } from '../admin/helpers';
import { fillReport, uniqueClientIp, waitForProofOfWork } from '../report/helpers';

/**
 * Every page is sent with a nonce-based Content-Security-Policy, and works under it with
 * JavaScript on: no script of the page's own is refused, the proof of work solves, the charts
 * draw and the staff's forms answer.
 */
const REQUIRED = ["script-src 'nonce-", "'strict-dynamic'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"];

function watchPolicy(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    // The 404 of the page for a mistyped address is meant.
    if (/status of 404/.test(message.text())) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** The page's policy, and that every script tag in its markup carries the policy's nonce. */
async function expectPolicy(response: Response | APIResponse | null) {
  expect(response, 'the page answered').not.toBeNull();
  const policy = response!.headers()['content-security-policy'] ?? '';
  for (const part of REQUIRED) expect(policy).toContain(part);
  const nonce = /'nonce-([A-Za-z0-9_-]+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  return nonce!;
}

test('public pages carry the policy, every script has its nonce, and none is refused', async ({ page }) => {
  const problems = watchPolicy(page);
  const unknown = freshNumber();
  const seen = new Set<string>();
  for (const path of ['/', '/numbers/+12025550143', `/numbers/${unknown.e164}`, '/guides', '/guides/caller-id-proves-nothing', '/stats', '/help', '/no-such-page', '/report']) {
    const response = await page.goto(path);
    seen.add(await expectPolicy(response));
    // React took over the page: its scripts ran.
    await expect(page.locator('body')).toBeVisible();
  }
  // Two answers never share a nonce, even a page the server keeps (asked for afresh, not
  // revalidated: a browser that revalidates keeps its copy with the policy that came with it).
  for (const path of ['/', '/numbers/+12025550143', `/numbers/${unknown.e164}`, '/guides']) {
    const nonce = await expectPolicy(await page.request.get(path));
    expect(seen.has(nonce)).toBe(false);
    seen.add(nonce);
  }
  // The charts are drawn.
  await page.goto('/stats');
  await expect(page.locator('svg').first()).toBeVisible();
  // Client-side navigation (fetched by the page's scripts) works.
  await page.goto('/');
  await page.getByRole('link', { name: /^Guides$/ }).first().click();
  await expect(page).toHaveURL(/\/guides$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Guides' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the proof of work solves under the policy and the report goes through', async ({ page }) => {
  const problems = watchPolicy(page);
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': uniqueClientIp() });
  await expectPolicy(await page.goto('/report'));
  await fillReport(page, { number: freshNumber().typed });
  await waitForProofOfWork(page);
  await page.waitForTimeout(1_100);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('heading', { name: /^Thank you/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the staff pages carry the policy and their forms work under it', async ({ page }) => {
  const problems = watchPolicy(page);
  await signIn(page, 'admin');
  for (const path of ['/admin', '/admin/reports', '/admin/users', '/admin/security', '/admin/audit', '/login']) {
    await expectPolicy(await page.goto(path));
  }
  // The client router (the page's scripts) opens a report's review page.
  await page.goto('/admin/reports');
  await page.locator('a[data-shortcut-row]').first().click();
  await expect(page).toHaveURL(/\/admin\/reports\/\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});
