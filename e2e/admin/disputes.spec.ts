import { expect, test } from '@playwright/test';
import { uniqueClientIp } from '../report/helpers';
import { signIn } from './helpers';

test('a dispute is upheld only by two different staff, then shown on the number page with a capped verdict', async ({ browser }) => {
  test.setTimeout(90_000);
  // A much-reported demo number that no other test looks at (they use the first in the list).
  const visitor = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  await visitor.goto('/numbers');
  await visitor.getByRole('main').getByRole('listitem').nth(9).getByRole('link').click();
  const numberUrl = visitor.url();
  await expect(visitor.getByRole('heading', { name: /Many scam reports|Likely scam/ })).toBeVisible();

  await visitor.getByRole('link', { name: 'tell us', exact: true }).click();
  const statement = `This is our shop's number; strangers call about calls we never made (${Date.now()}).`;
  await visitor.getByLabel('Your statement').fill(statement);
  await visitor.getByRole('checkbox', { name: /This is my number/ }).check();
  await visitor.waitForTimeout(1_100);
  await visitor.getByRole('button', { name: 'Send statement' }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Thank you: your statement was received');

  const moderator = await browser.newPage();
  await signIn(moderator, 'moderator');
  await moderator.goto('/admin/disputes');
  const item = moderator.getByRole('listitem').filter({ hasText: statement });
  await item.getByRole('button', { name: 'Propose to uphold' }).click();
  await expect(moderator.getByRole('status')).toContainText('a second member of staff must now confirm');
  await expect(moderator.getByRole('listitem').filter({ hasText: statement }).getByRole('button', { name: 'Confirm and uphold' })).toBeDisabled();

  await visitor.goto(numberUrl);
  await expect(visitor.getByRole('heading', { name: 'The owner’s statement' })).toHaveCount(0);

  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/disputes');
  await admin.getByRole('listitem').filter({ hasText: statement }).getByRole('button', { name: 'Confirm and uphold' }).click();
  await expect(admin.getByRole('status')).toContainText('Upheld');

  await visitor.goto(numberUrl);
  await expect(visitor.getByRole('heading', { name: 'The owner’s statement' })).toBeVisible();
  await expect(visitor.getByText(statement)).toBeVisible();
  await expect(visitor.getByRole('heading', { name: 'Reported, but the owner says it is spoofed' })).toBeVisible();
});
