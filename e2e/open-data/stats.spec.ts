import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('statistics without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filters live in the address, and every chart has its figures as a table', async ({ page }) => {
    await page.goto('/stats');
    await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Last 12 months' })).toBeVisible();

    const form = page.getByRole('form', { name: 'Filter the statistics' });
    await form.getByLabel('Period').selectOption({ label: 'All time' });
    await form.getByLabel('Country of the number').selectOption({ label: 'India' });
    await form.getByRole('button', { name: 'Show statistics' }).click();
    await expect(page).toHaveURL(/period=all/);
    await expect(page).toHaveURL(/country=IN/);
    await expect(page.getByRole('heading', { level: 2, name: 'All time, numbers from India' })).toBeVisible();

    const total = Number((await page.getByText('Published reports', { exact: true }).locator('xpath=following-sibling::dd').textContent())!.replaceAll(',', ''));
    expect(total).toBeGreaterThan(0);
    const chart = page.getByRole('img', { name: /Published reports by kind of scam/ });
    await expect(chart).toBeVisible();

    const figure = page.getByRole('figure', { name: 'Published reports by kind of scam' });
    await figure.getByText('Show as a table').click();
    const counts = await figure.getByRole('table').locator('tbody tr td:first-of-type').allTextContents();
    expect(counts.reduce((sum, text) => sum + Number(text.replaceAll(',', '')), 0)).toBe(total);

    // No country chart once a country is chosen; the most reported numbers are that country's.
    await expect(page.getByRole('heading', { name: 'By country of the number shown' })).toHaveCount(0);
    const top = page.getByRole('region', { name: 'Numbers most reported in the last 30 days' }).getByRole('link');
    for (const link of await top.all()) await expect(link).toHaveAttribute('href', /^\/numbers\/\+91/);

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/stats$/);
  });

  test('an unknown filter value is ignored, never an error', async ({ page }) => {
    const response = await page.goto("/stats?period=1999&country=ZZ&category=nope&channel='");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 2, name: 'Last 12 months' })).toBeVisible();
  });
});

test('the statistics page passes an accessibility check', async ({ page }) => {
  await page.goto('/stats?period=all');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test('on a phone the charts keep their labels readable and the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/stats');
  for (const name of [/Published reports by month/, /Published reports by kind of scam/, /Published reports by country/]) {
    const chart = page.getByRole('img', { name });
    await expect(chart).toBeVisible();
    // The height a label takes on screen, whatever the drawing's own units: about 1.2 times its font size.
    const heights = await chart.locator('text').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
    expect(Math.min(...heights), String(name)).toBeGreaterThanOrEqual(12);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
