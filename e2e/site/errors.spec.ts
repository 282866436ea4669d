import { expect, test } from '@playwright/test';

test('a garbage address gets the helpful 404 page, not a crash', async ({ page }) => {
  for (const path of ['/no-such-page', '/%E0%A4%A/x', '/numbers/%E0%A4%A', "/numbers/'%3Bdrop table reports", '/a/b/c/d/e/f?x=%00']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find that page|not a valid phone number/i);
  }
  await expect(page.getByRole('main').getByLabel('Enter the number that contacted you')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
});

test('the health check reports the database state', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
  expect(response.headers()['cache-control']).toContain('no-store');
});

test('pages are served with protective headers', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['x-frame-options']).toBe('DENY');
  expect(response.headers()['x-powered-by']).toBeUndefined();
});
