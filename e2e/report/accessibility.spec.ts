import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { continueToCheck, fillReport, uniqueClientIp } from './helpers';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the report form, its error summary and its check-your-answers step pass the accessibility checks', async ({ page, context }) => {
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': uniqueClientIp() });
  await page.goto('/report');
  expect(await seriousViolations(page)).toEqual([]);

  await fillReport(page, { description: 'Too short' });
  await continueToCheck(page);
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('What happened?').fill('A caller from my “bank” asked me to read out the code they had just texted me.');
  await continueToCheck(page);
  await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
