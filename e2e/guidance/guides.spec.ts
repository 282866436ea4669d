import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { GUIDES } from '../../lib/guides';

// The list itself is checked by lib/guides/guides.test.ts; here every guide must render and link well.
const SLUGS = GUIDES.map((guide) => guide.slug);

test('the guides page lists all eight guides', async ({ page }) => {
  await page.goto('/guides');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
  for (const slug of SLUGS) await expect(page.locator(`a[href="/guides/${slug}"]`).first()).toBeVisible();
});

test('every link on every guide, and on the guides page, leads somewhere', async ({ page, request }) => {
  const checked = new Map<string, number>();
  for (const path of ['/guides', ...SLUGS.map((slug) => `/guides/${slug}`)]) {
    await page.goto(path);
    const hrefs = await page.getByRole('main').locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      if (!checked.has(href)) checked.set(href, (await request.get(href)).status());
      expect(checked.get(href), `${path} links to ${href}`).toBeLessThan(400);
    }
  }
  expect(checked.size).toBeGreaterThan(10);
});

test('a guide reads as an article with steps and sources, and can be shared', async ({ page }) => {
  await page.goto('/guides/caller-id-proves-nothing');
  await expect(page).toHaveTitle(/Caller ID proves nothing/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Sophos Naked Security');
  await expect(page.getByText('142 people were arrested')).toBeVisible();
  await expect(page.getByRole('link', { name: 'WhatsApp', exact: true })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/);
});

test('a guide prints without the site’s header, footer and sharing links', async ({ page }) => {
  await page.goto('/guides/always-call-back-yourself');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Share this guide' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeLessThanOrEqual(2);
});

test('the guide pages have no serious or critical accessibility problems', async ({ page }) => {
  for (const path of ['/guides', '/guides/whatsapp-missed-calls-from-abroad', '/guides/already-paid-what-now', '/help']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
});

test('the home page teaches both lessons and links their guides', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'How caller ID is faked' })).toHaveAttribute('href', '/guides/caller-id-proves-nothing');
  await expect(page.getByRole('link', { name: 'How to call back safely' })).toHaveAttribute('href', '/guides/always-call-back-yourself');
});

test('a number with job-scam reports links the WhatsApp task-job guide', async ({ page }) => {
  await page.goto('/numbers?category=task_job');
  const links = await page.getByRole('main').getByRole('listitem').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  let found = false;
  for (const href of links.slice(0, 6)) {
    await page.goto(href);
    const top = await page.getByRole('region', { name: 'By kind of scam' }).getByRole('listitem').first().textContent();
    if (!top?.startsWith('Task or part-time job')) continue;
    await expect(page.getByRole('link', { name: 'Missed calls from international numbers on WhatsApp' })).toHaveAttribute('href', '/guides/whatsapp-missed-calls-from-abroad');
    found = true;
    break;
  }
  expect(found).toBe(true);
});
