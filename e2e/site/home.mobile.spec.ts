import { expect, test } from '@playwright/test';

test('on a phone the number check fits the screen without sideways scrolling', async ({ page }) => {
  await page.goto('/');
  const input = page.getByRole('main').getByLabel('Enter the number that contacted you');
  await expect(input).toBeVisible();
  const box = await input.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
});
