import { expect, test } from '@playwright/test';
import { reportAsVisitor } from '../report/helpers';
import { freshNumber, signIn } from './helpers';

test('the admin area sends visitors without a session to sign in', async ({ page }) => {
  await page.goto('/admin/reports');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Freports$/);
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
});

test('a wrong password gets one plain answer, the same as an unknown email', async ({ page }) => {
  const answers = [];
  for (const [email, password] of [['moderator@e2e.invalid', 'not the password'], ['nobody@e2e.invalid', 'not the password']]) {
    await page.goto('/login');
    await page.getByLabel('Email').fill(email!);
    await page.getByLabel('Password').fill(password!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'do not match' });
    await expect(alert).toBeVisible();
    answers.push(await alert.textContent());
  }
  expect(answers[0]).toBe(answers[1]);
});

test('an approved report shows on the public pages at once; a rejected or pending one never does', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const approvedNumber = freshNumber();
  const rejectedNumber = freshNumber();
  const approvedRef = await reportAsVisitor(browser, { number: approvedNumber.typed, description: 'Caller said he was from SBI and asked for the OTP to stop a fake payment.' });
  const rejectedRef = await reportAsVisitor(browser, { number: rejectedNumber.typed, description: 'It was my cousin with a new number, not a scam after all, sorry.' });
  const pendingRef = await reportAsVisitor(browser, { number: approvedNumber.typed, description: 'Second call from the same number: pending text that must stay private.' });

  // The number page is rendered, and cached, before any decision.
  await page.goto(`/numbers/${approvedNumber.e164}`);
  await expect(page.getByRole('heading', { name: 'No reports yet' })).toBeVisible();

  await signIn(page);
  await page.goto(`/admin/reports?number=${encodeURIComponent(approvedNumber.e164)}`);
  await page.getByRole('link', { name: approvedRef }).click();
  await expect(page.getByText('Caller said he was from SBI')).toHaveCount(2);
  await page.getByLabel('Text to publish').fill('Caller said he was from the bank (edited) and asked for the OTP to stop a fake payment.');
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByRole('status')).toContainText('Report approved and published.');

  await page.goto(`/admin/reports?number=${encodeURIComponent(rejectedNumber.e164)}`);
  await page.getByRole('link', { name: rejectedRef }).click();
  await page.getByLabel('Reason not to publish').selectOption('not_a_scam');
  await page.getByRole('button', { name: 'Reject: do not publish' }).click();
  await expect(page.getByRole('status')).toContainText('Report rejected: it will not be published.');

  const publicContext = await browser.newContext();
  const visitor = await publicContext.newPage();
  await visitor.goto(`/numbers/${approvedNumber.e164}`);
  await expect(visitor.getByRole('heading', { name: 'Seen in reported calls' })).toBeVisible();
  await expect(visitor.getByText('1 published report from one person.')).toBeVisible();
  await expect(visitor.getByText('(edited) and asked for the OTP')).toBeVisible();
  await expect(visitor.getByRole('main')).not.toContainText('pending text that must stay private');

  await visitor.goto('/reports');
  await expect(visitor.getByRole('main').getByRole('article').filter({ hasText: '(edited) and asked for the OTP' })).toBeVisible();
  await visitor.goto('/numbers?sort=latest&country=IN');
  await expect(visitor.getByRole('main').getByRole('link', { name: approvedNumber.typed })).toBeVisible();

  await visitor.goto(`/numbers/${rejectedNumber.e164}`);
  await expect(visitor.getByRole('heading', { name: 'No reports yet' })).toBeVisible();
  await visitor.goto(`/report/status?ref=${rejectedRef}`);
  await expect(visitor.getByText('Reason: Not a scam.')).toBeVisible();
  await visitor.goto(`/report/status?ref=${pendingRef}`);
  await expect(visitor.getByRole('heading', { name: 'Waiting for a moderator' })).toBeVisible();
  await publicContext.close();
});

test('a report one moderator has open cannot be decided by another, and is decided once', async ({ browser }) => {
  test.setTimeout(60_000);
  const number = freshNumber();
  const reference = await reportAsVisitor(browser, { number: number.typed, description: 'A call claiming to be customs about a parcel, asking for a fee.' });
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, 'moderator');
  await signIn(second, 'admin');
  await first.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await first.getByRole('link', { name: reference }).click();
  await expect(first.getByRole('button', { name: 'Approve and publish' })).toBeVisible();

  await second.goto(first.url());
  await expect(second.getByText('Being reviewed by moderator@e2e.invalid')).toBeVisible();
  await expect(second.getByRole('button', { name: /Approve and publish|Reject/ })).toHaveCount(0);

  await first.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(first.getByRole('status')).toContainText('approved');
  await second.reload();
  await expect(second.getByRole('heading', { level: 1 })).toContainText('(approved)');
  await expect(second.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0);
});

test('several selected reports are approved in one action, from the keyboard', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const number = freshNumber();
  await reportAsVisitor(browser, { number: number.typed, description: 'First call: a fake bank fraud team asking me to move my savings.' });
  await reportAsVisitor(browser, { number: number.typed, description: 'Second call the next day from the same fake fraud team, same story.' });
  await signIn(page);
  await page.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  const boxes = page.getByRole('checkbox', { name: /^Select SR-/ });
  await expect(boxes).toHaveCount(2);
  for (const box of await boxes.all()) {
    await box.focus();
    await page.keyboard.press('Space');
  }
  await page.getByRole('button', { name: 'Approve selected' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Approved 2.');
  await page.goto(`/numbers/${number.e164}`);
  await expect(page.getByText('2 published reports from 2 different people.')).toBeVisible();
});

test('a published report comes down only when a second member of staff confirms', async ({ browser }) => {
  test.setTimeout(90_000);
  const number = freshNumber();
  const reference = await reportAsVisitor(browser, { number: number.typed, description: 'Caller said he was from my bank; later I realised I had named my own sister in this.' });
  const moderator = await browser.newPage();
  await signIn(moderator, 'moderator');
  await moderator.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await moderator.getByRole('link', { name: reference }).click();
  await moderator.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(moderator.getByRole('status')).toContainText('approved');

  await moderator.goto(`/admin/reports?status=approved&number=${encodeURIComponent(number.e164)}`);
  await moderator.getByRole('link', { name: reference }).click();
  await moderator.getByLabel('Reason', { exact: true }).selectOption('personal_data');
  await moderator.getByRole('button', { name: 'Propose removal' }).click();
  await expect(moderator.getByRole('status')).toContainText('a second member of staff must confirm');
  await expect(moderator.getByRole('button', { name: 'Confirm removal' })).toHaveCount(0);

  const visitor = await browser.newPage();
  await visitor.goto(`/numbers/${number.e164}`);
  await expect(visitor.getByText('1 published report from one person.')).toBeVisible();

  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto(moderator.url().split('?')[0]!);
  await admin.getByRole('button', { name: 'Confirm removal' }).click();
  await expect(admin.getByRole('status')).toContainText('Report taken down.');

  await visitor.goto(`/numbers/${number.e164}`);
  await expect(visitor.getByRole('heading', { name: 'No reports yet' })).toBeVisible();
});
