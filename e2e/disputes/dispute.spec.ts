import { expect, test } from '@playwright/test';
import { uniqueClientIp } from '../report/helpers';

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': uniqueClientIp() });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an owner can say their number is being spoofed, and the statement waits for review', async ({ page }) => {
    await page.goto('/numbers/+447400123456');
    await page.getByRole('link', { name: 'tell us', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is +44 7400 123456 your number?');

    await page.getByLabel('Your statement').fill('Too short');
    await page.waitForTimeout(1_100);
    await page.getByRole('button', { name: 'Send statement' }).click();
    await expect(page.getByLabel('Your statement')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('at least 20 characters')).toBeVisible();
    await expect(page.getByText('Please confirm that this is your number')).toBeVisible();

    await page.getByLabel('Your statement').fill('This is my personal mobile. People call me back angry about calls I never made.');
    await page.getByLabel(/How can our staff reach you/).fill('owner@example.com');
    await page.getByRole('checkbox', { name: /This is my number/ }).check();
    await page.getByRole('button', { name: 'Send statement' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your statement was received');
    const reference = page.url().match(/SD-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];
    await page.getByRole('link', { name: 'check its status' }).click();
    await expect(page.getByText(reference)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Being reviewed' })).toBeVisible();

    await page.goto('/numbers/+447400123456');
    await expect(page.getByRole('main')).not.toContainText('People call me back angry');
  });
});
