import { expect, test, type Browser, type Page } from '@playwright/test';
import { reportAsVisitor, uniqueClientIp } from '../report/helpers';
import { freshNumber, signIn } from './helpers';

async function pendingReport(browser: Browser, description = 'Caller said she was from my bank and asked me to read out the code she had sent.') {
  const number = freshNumber();
  return { number, reference: await reportAsVisitor(browser, { number: number.typed, description }) };
}

async function openReview(page: Page, e164: string, reference: string) {
  await page.goto(`/admin/reports?number=${encodeURIComponent(e164)}`);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { name: 'Decision' })).toBeVisible();
}

async function expectStillPending(browser: Browser, reference: string, e164: string) {
  const visitor = await browser.newPage({ javaScriptEnabled: false });
  await visitor.goto(`/report/status?ref=${reference}`);
  await expect(visitor.getByRole('heading', { name: 'Waiting for a moderator' })).toBeVisible();
  await visitor.goto(`/numbers/${e164}`);
  await expect(visitor.getByRole('heading', { name: 'No reports yet' })).toBeVisible();
  await visitor.goto('/feeds/latest.xml');
  await expect(visitor.locator('body')).not.toContainText(reference);
  await visitor.close();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a moderator's slip, with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('rejecting without a reason publishes nothing and gives back the edited text, the note and the choice', async ({ page, browser }) => {
      test.setTimeout(90_000);
      const { number, reference } = await pendingReport(browser);
      await signIn(page);
      await openReview(page, number.e164, reference);

      await page.getByLabel('Text to publish').fill('Caller said she was from the bank (edited by the moderator) and asked for the code.');
      await page.getByLabel(/^Note for other staff/).fill('Looks like a relative joking; do not publish.');
      await page.getByRole('button', { name: 'Reject: do not publish' }).click();

      await expect(page.getByRole('alert').first()).toContainText('Nothing was saved');
      await expect(page.getByText('Choose why the report is not published.')).toBeVisible();
      await expect(page.getByLabel('Reason not to publish')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Text to publish')).toHaveValue('Caller said she was from the bank (edited by the moderator) and asked for the code.');
      await expect(page.getByLabel(/^Note for other staff/)).toHaveValue('Looks like a relative joking; do not publish.');
      await expect(page.getByLabel('Reason not to publish')).toHaveValue('');
      await expectStillPending(browser, reference, number.e164);

      // The moderator picks a reason and saves again: the report is rejected, never published.
      await page.getByLabel('Reason not to publish').selectOption('not_a_scam');
      await page.getByRole('button', { name: 'Reject: do not publish' }).click();
      await expect(page.getByRole('status')).toContainText('Report rejected: it will not be published.');

      const visitor = await browser.newPage({ javaScriptEnabled: false });
      await visitor.goto(`/report/status?ref=${reference}`);
      await expect(visitor.getByText('Reason: Not a scam.')).toBeVisible();
      await visitor.goto(`/numbers/${number.e164}`);
      await expect(visitor.getByRole('heading', { name: 'No reports yet' })).toBeVisible();
      await visitor.close();
    });

    test('a reason not to publish next to "Approve" is refused as a slip, and everything comes back', async ({ page, browser }) => {
      test.setTimeout(90_000);
      const { number, reference } = await pendingReport(browser);
      await signIn(page);
      await openReview(page, number.e164, reference);

      await page.getByLabel(/^Note for other staff/).fill('Duplicate of the report from this morning.');
      await page.getByLabel('Reason not to publish').selectOption('duplicate');
      await page.getByRole('button', { name: 'Approve and publish' }).click();

      await expect(page.getByText('You chose a reason not to publish.')).toBeVisible();
      await expect(page.getByLabel('Reason not to publish')).toHaveValue('duplicate');
      await expect(page.getByLabel(/^Note for other staff/)).toHaveValue('Duplicate of the report from this morning.');
      await expectStillPending(browser, reference, number.e164);

      await page.getByRole('button', { name: 'Reject: do not publish' }).click();
      await expect(page.getByRole('status')).toContainText('Report rejected');
      const visitor = await browser.newPage({ javaScriptEnabled: false });
      await visitor.goto(`/report/status?ref=${reference}`);
      await expect(visitor.getByText('Reason: Duplicate of another report.')).toBeVisible();
      await visitor.close();
    });
  });
}

test('the moderator who decided can undo it for a while, and the report leaves the public pages', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { number, reference } = await pendingReport(browser, 'They said they were from the tax office and demanded gift cards to avoid arrest.');
  await signIn(page);
  await openReview(page, number.e164, reference);
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByRole('status')).toContainText('Report approved and published.');

  const visitor = await browser.newPage({ javaScriptEnabled: false });
  await visitor.goto(`/numbers/${number.e164}`);
  await expect(visitor.getByText('1 published report from one person.')).toBeVisible();

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText(`Decision undone: ${reference} is waiting for a decision again.`);
  await expect(page.getByRole('button', { name: 'Approve and publish' })).toBeVisible();

  await visitor.goto(`/numbers/${number.e164}`);
  await expect(visitor.getByRole('heading', { name: 'No reports yet' })).toBeVisible();
  await visitor.goto(`/report/status?ref=${reference}`);
  await expect(visitor.getByRole('heading', { name: 'Waiting for a moderator' })).toBeVisible();
  await visitor.close();

  // Rejected instead: its author sees the way back on the report's page, nobody else does.
  await page.getByLabel('Reason not to publish').selectOption('insufficient_detail');
  await page.getByRole('button', { name: 'Reject: do not publish' }).click();
  await expect(page.getByRole('status')).toContainText('Report rejected');
  const reviewPath = `/admin/reports?status=rejected&number=${encodeURIComponent(number.e164)}`;
  await page.goto(reviewPath);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('button', { name: 'Undo my decision' })).toBeVisible();
  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto(reviewPath);
  await admin.getByRole('link', { name: reference }).click();
  await expect(admin.getByRole('heading', { name: /Report SR-/ })).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Undo my decision' })).toHaveCount(0);
  await admin.close();
});

test.describe('bulk decisions without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a refused bulk decision changes nothing and keeps the selection and the reason', async ({ page, browser }) => {
    test.setTimeout(90_000);
    const number = freshNumber();
    for (const text of ['A fake courier asked for a customs fee by UPI for a parcel.', 'The same fake courier called again the next day about the parcel.']) await reportAsVisitor(browser, { number: number.typed, description: text });
    await signIn(page);
    await page.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
    const boxes = page.getByRole('checkbox', { name: /^Select SR-/ });
    await expect(boxes).toHaveCount(2);
    for (const box of await boxes.all()) await box.check();

    await page.getByRole('button', { name: 'Reject selected' }).click();
    await expect(page.getByRole('status')).toContainText('Choose why the selected reports are not published; nothing was changed.');
    for (const box of await boxes.all()) await expect(box).toBeChecked();

    await page.getByLabel('Reason to reject').selectOption('spam');
    await page.getByRole('button', { name: 'Approve selected' }).click();
    await expect(page.getByRole('status')).toContainText('nothing was changed');
    for (const box of await boxes.all()) await expect(box).toBeChecked();
    await expect(page.getByLabel('Reason to reject')).toHaveValue('spam');
    await page.goto(`/numbers/${number.e164}`);
    await expect(page.getByRole('heading', { name: 'No reports yet' })).toBeVisible();
  });
});

test('a refused dispute step keeps the note that was typed', async ({ browser }) => {
  test.setTimeout(90_000);
  const owner = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  const number = freshNumber();
  await owner.goto(`/numbers/${number.e164}/dispute`);
  const statement = `My own mobile: strangers call back about calls I never made (${Date.now()}).`;
  await owner.getByLabel('Your statement').fill(statement);
  await owner.getByRole('checkbox', { name: /This is my number/ }).check();
  await owner.waitForTimeout(1_100);
  await owner.getByRole('button', { name: 'Send statement' }).click();
  await expect(owner.getByRole('heading', { level: 1 })).toHaveText('Thank you: your statement was received');
  await owner.close();

  const first = await browser.newPage();
  const second = await browser.newPage({ javaScriptEnabled: false });
  await signIn(first, 'moderator');
  await signIn(second, 'admin');
  for (const page of [first, second]) await page.goto('/admin/disputes');
  await first.getByRole('listitem').filter({ hasText: statement }).getByRole('button', { name: 'Propose to uphold' }).click();
  await expect(first.getByRole('status')).toContainText('a second member of staff must now confirm');

  // The second page is stale: it still offers to propose, which is refused.
  const note = 'Checked the number against the shop’s own listing.';
  await second.getByRole('listitem').filter({ hasText: statement }).getByLabel('Note (optional)').fill(note);
  await second.getByRole('listitem').filter({ hasText: statement }).getByRole('button', { name: 'Propose to uphold' }).click();
  await expect(second.getByRole('status')).toContainText('already handled');
  const item = second.getByRole('listitem').filter({ hasText: statement });
  await expect(item.getByLabel('Note (optional)')).toHaveValue(note);
  await item.getByRole('button', { name: 'Confirm and uphold' }).click();
  await expect(second.getByRole('status')).toContainText('Upheld');
});

test('a decision opens the next report in the same filtered queue, and a report one moderator has open is skipped for another', async ({ browser }) => {
  test.setTimeout(120_000);
  const number = freshNumber();
  const references: string[] = [];
  for (const text of ['First call from a fake fraud team, asking for the code they had sent.', 'Second call from the same fake fraud team, the next morning.']) references.push(await reportAsVisitor(browser, { number: number.typed, description: text }));

  const moderator = await browser.newPage();
  await signIn(moderator, 'moderator');
  await moderator.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  // Staff pages have a short header of their own: no public links, no number check.
  const header = moderator.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Public site' })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Report a scam' })).toHaveCount(0);
  await expect(header.getByText('Check a number')).toHaveCount(0);
  await moderator.getByRole('link', { name: references[0]! }).click();
  await expect(moderator.getByText(/This report is kept for you until/)).toBeVisible();

  // Meanwhile another moderator's queue leaves the open report out, and its page says who has it.
  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await expect(admin.getByRole('link', { name: references[1]! })).toBeVisible();
  await expect(admin.getByRole('link', { name: references[0]! })).toHaveCount(0);
  await admin.goto(moderator.url());
  await expect(admin.getByText('Being reviewed by moderator@e2e.invalid')).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0);

  // The decision opens the next report of the same queue (the one filtered by this number).
  await moderator.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(moderator.getByRole('heading', { level: 1 })).toContainText(references[1]!);
  await expect(moderator.getByRole('status')).toContainText('Report approved and published.');
  await expect(moderator.getByRole('link', { name: '← Queue' })).toHaveAttribute('href', `/admin/reports?number=${encodeURIComponent(number.e164)}`);

  // Releasing gives it back at once.
  await moderator.getByRole('button', { name: 'Release it to the queue' }).click();
  await expect(moderator.getByRole('status')).toContainText('back in the queue');
  await admin.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await expect(admin.getByRole('link', { name: references[1]! })).toBeVisible();
  await admin.close();
  await moderator.close();
});

test('a moderator works a flagged queue with the keyboard alone', async ({ browser }) => {
  test.setTimeout(120_000);
  const number = freshNumber();
  const references: string[] = [];
  // Sent without JavaScript, so the anti-spam check is not done and the reports are flagged.
  for (const text of ['A caller said my SIM would be blocked today unless I pressed 1.', 'Same recorded message about my SIM again, from the same number.']) references.push(await reportAsVisitor(browser, { number: number.typed, description: text }));
  const page = await browser.newPage();
  await signIn(page);
  await page.goto(`/admin/reports?flagged=1&number=${encodeURIComponent(number.e164)}`);
  await expect(page.getByRole('row', { name: new RegExp(references[0]!) })).toContainText('Anti-spam check not done');

  await page.keyboard.press('?');
  await expect(page.getByText('Next report in the list')).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.getByRole('link', { name: references[0]! })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(references[0]!);

  // a: approve; the next flagged report of the same queue opens.
  await page.keyboard.press('a');
  await expect(page.getByRole('status')).toContainText('Report approved and published.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(references[1]!);

  // r: the reason; arrows choose it, Tab reaches "Reject", Enter rejects; the queue is then empty.
  await page.keyboard.press('r');
  await expect(page.getByLabel('Reason not to publish')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Reason not to publish')).toHaveValue('duplicate');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reject: do not publish' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Report rejected');
  await expect(page).toHaveURL(/\/admin\/reports\?flagged=1&number=/);
  await expect(page.getByText('Nothing here.')).toBeVisible();
});

test('a prepared reason rejects with one key, with its reason and its note', async ({ browser }) => {
  const { number, reference } = await pendingReport(browser, 'A caller said my SIM would be blocked today unless I pressed 1 on the keypad.');
  const page = await browser.newPage();
  await signIn(page);
  await openReview(page, number.e164, reference);
  await expect(page.getByRole('button', { name: 'Sent again by the same person' })).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.getByRole('status')).toContainText('Report rejected');

  await page.goto(`/admin/reports?status=rejected&number=${encodeURIComponent(number.e164)}`);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('main')).toContainText('Duplicate of another report');
  await expect(page.getByRole('main')).toContainText('The same reporter sent this call before');
  await page.goto(`/report/status?ref=${reference}`);
  await expect(page.getByText('Reason: Duplicate of another report.')).toBeVisible();
  await page.close();
});
