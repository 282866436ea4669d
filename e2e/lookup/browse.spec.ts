import { expect, test } from '@playwright/test';

test.describe('browse without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filters live in the address and work as a plain form', async ({ page }) => {
    await page.goto('/numbers');
    const form = page.getByRole('form', { name: 'Filter reported numbers' });
    await form.getByLabel('Kind of scam').selectOption({ label: 'Task or part-time job (likes, reviews)' });
    await form.getByLabel('Sort by').selectOption({ label: 'Most recently reported' });
    await form.getByRole('button', { name: 'Show numbers' }).click();
    await expect(page).toHaveURL(/category=task_job/);
    await expect(page).toHaveURL(/sort=latest/);
    await expect(form.getByLabel('Kind of scam')).toHaveValue('task_job');

    const rows = page.getByRole('main').getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) await expect(row).toContainText('Task or part-time job');
    await expect(rows.first()).toContainText(/ · Task or part-time job/);
  });

  test('pages forward with a keyset and back to the first page', async ({ page }) => {
    await page.goto('/numbers');
    const first = await page.getByRole('main').getByRole('listitem').allTextContents();
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/after=\d+(~|%7E)%2B\d+/);
    await expect(page.getByRole('link', { name: 'First page' })).toBeVisible();
    const second = await page.getByRole('main').getByRole('listitem').allTextContents();
    expect(second.filter((row) => first.includes(row))).toEqual([]);
    await page.getByRole('link', { name: 'First page' }).click();
    await expect(page).toHaveURL(/\/numbers$/);
  });

  test('the latest reports feed pages through published reports', async ({ page }) => {
    await page.goto('/reports');
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(20);
    const first = await page.getByRole('main').getByRole('article').allTextContents();
    await page.getByRole('link', { name: 'Older reports' }).click();
    await expect(page).toHaveURL(/before=/);
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(20);
    const second = await page.getByRole('main').getByRole('article').allTextContents();
    expect(second.length).toBe(20);
    expect(second.filter((text) => first.includes(text))).toEqual([]);
  });
});

test('filters that match nothing say so and offer a way back', async ({ page }) => {
  await page.goto('/numbers?country=IS&category=romance');
  await expect(page.getByText('No reported numbers match these filters.')).toBeVisible();
  await page.getByRole('link', { name: 'Show all reported numbers' }).click();
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
});

test('the sitemap lists reported numbers and robots.txt points to it', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('/sitemaps/numbers-1.xml');
  const numbers = await request.get('/sitemaps/numbers-1.xml');
  expect(numbers.headers()['content-type']).toContain('application/xml');
  expect(await numbers.text()).toMatch(/<loc>http:\/\/localhost:\d+\/numbers\/\+\d+<\/loc>/);
  expect((await request.get('/sitemaps/numbers-99.xml')).status()).toBe(404);
});
