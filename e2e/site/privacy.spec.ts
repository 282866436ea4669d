import { expect, test } from '@playwright/test';
import { signIn } from '../admin/helpers';

test('the footer leads to the privacy page, which gives the periods the site keeps personal data', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  const table = page.getByRole('table', { name: /What a report keeps/ });
  await expect(table.getByRole('row', { name: /Your email/ })).toContainText('Erased 90 days after the decision');
  await expect(table.getByRole('row', { name: /internet address/ })).toContainText('Erased after 30 days');
  await expect(table.getByRole('row', { name: /Your own words/ })).toContainText('erased 90 days after the decision');
  await expect(page.getByText('deleted after 30 days')).toBeVisible();
  await expect(page.getByRole('link', { name: /CC BY 4\.0|Creative Commons/ })).toBeVisible();
  await page.getByRole('link', { name: 'About this site and how to contact us' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^About/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Contact' })).toBeVisible();
});

test('the dashboard shows the site’s status: database size, last export, last retention run, oldest waiting report', async ({ page }) => {
  await signIn(page, 'admin');
  const status = page.getByRole('region', { name: 'Site status' });
  await expect(status).toContainText(/Database size\s*[\d.]+ (?:KB|MB|GB)/);
  await expect(status.getByText('Last open-data export')).toBeVisible();
  await expect(status).toContainText(/Last open-data export\s*today/);
  await expect(status).toContainText(/Last retention run\s*today/);
  await expect(status).toContainText(/Oldest report waiting\s*\d+ days? ago/);
});
