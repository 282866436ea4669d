import { expect, test } from '@playwright/test';
import { freshNumber } from '../admin/helpers';
import { fillReport, send, uniqueClientIp } from './helpers';

test.use({ javaScriptEnabled: false, locale: 'en-US' });

test('a UK resident with a US-English browser gets the UK channels after reporting, fitted to a call with a loss', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': uniqueClientIp() });
  await page.goto('/report');
  // The browser's region comes first; the person says where they actually live.
  await expect(page.getByRole('radio', { name: 'United States' })).toBeChecked();
  const number = freshNumber();
  await fillReport(page, { number: number.typed, country: 'IN', amount: '2400', description: 'A caller from my “bank” talked me into moving £2,400 to a safe account by bank transfer.' });
  await page.getByRole('radio', { name: 'United Kingdom' }).check();
  await send(page);

  const official = page.getByRole('region', { name: 'Report it officially in the United Kingdom' });
  await expect(official).toBeVisible();
  await expect(official).toContainText('Stop Scams UK · 159');
  await expect(official).toContainText('Financial Ombudsman');
  await expect(official).toContainText('Report a scam call to 7726');
  await expect(official).not.toContainText('Forward scam texts to 7726');
  await expect(page.getByRole('main')).not.toContainText('ReportFraud.ftc.gov');
});
