import { expect, test } from '@playwright/test';
import { continueToCheck, fillReport, referenceFrom, send, uniqueClientIp, waitForProofOfWork } from './helpers';

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': uniqueClientIp() });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a report typed as (202) 555-0143 is stored under +12025550143, pending, and its reference works', async ({ page }) => {
      await page.goto('/report');
      await fillReport(page, { amount: '250', callerIdName: 'Chase Fraud Dept' });
      if (javaScriptEnabled) await waitForProofOfWork(page);
      await send(page);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your report was received');
      const reference = referenceFrom(page);
      await expect(page.getByText(reference, { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Report it officially in the United States' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'ReportFraud.ftc.gov' })).toBeVisible();
      const summary = page.getByLabel('Summary of your report');
      await expect(summary).toHaveValue(/Number that contacted me: \+1 202 555 0143/);
      await expect(summary).toHaveValue(/My screen showed: Chase Fraud Dept/);
      await expect(summary).toHaveValue(/Money lost: \$250/);

      await page.getByRole('link', { name: 'check its status' }).click();
      await expect(page.getByRole('heading', { name: 'Waiting for a moderator' })).toBeVisible();
    });

    test('the answers are shown back as the site read them, and “Change” returns with everything kept', async ({ page }) => {
      await page.goto('/report');
      await fillReport(page, { number: '020 7946 0018', country: 'GB', amount: '2,400', description: 'The caller read out my card number 4111 1111 1111 1111 and asked me to move money.' });
      await page.getByLabel('Currency').selectOption('GBP');
      await continueToCheck(page);

      const answers = page.getByRole('definition');
      await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
      await expect(answers.filter({ hasText: '+44 20 7946 0018 (United Kingdom)' })).toBeVisible();
      await expect(answers.filter({ hasText: 'Bank, KYC or account impersonation' })).toBeVisible();
      await expect(answers.filter({ hasText: '£2,400' })).toBeVisible();
      await expect(answers.filter({ hasText: /Published as: .*\[card number removed\]/ })).toBeVisible();

      await page.getByRole('button', { name: 'Change money lost' }).click();
      await expect(page.getByLabel(/^Amount/)).toHaveValue('2,400');
      await expect(page.getByLabel('Phone number that contacted you')).toHaveValue('020 7946 0018');
      await expect(page.getByRole('radio', { name: 'Bank, KYC or account impersonation' })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: /true to the best of my knowledge/ })).toBeChecked();
      await page.getByLabel(/^Amount/).fill('2,500');
      await send(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your report was received');
      await expect(page.getByLabel('Summary of your report')).toHaveValue(/Money lost: £2,500/);
    });

    test('every invalid answer gets its own message, and everything typed stays', async ({ page }) => {
      await page.goto('/report');
      await fillReport(page, {
        number: '12ab',
        channel: '',
        category: '',
        date: '',
        description: 'Too short',
        email: 'not-an-email',
        amount: '1e309',
        callbackNumber: '+44 20 7946',
        declare: false,
      });
      await send(page);

      const summary = page.getByRole('alert').filter({ hasText: 'Please check' });
      await expect(summary).toContainText('Please check these 9 answers');
      for (const [label, message] of [
        ['Phone number that contacted you', 'no letters or words'],
        ['Number they asked you to call back, message or pay', 'too short'],
        ['What happened?', 'at least 20 characters'],
        ['Your email', 'name@example.com'],
        ['Amount', 'as a number'],
        ['Date$', 'Enter the date'],
      ] as const) {
        const field = page.getByLabel(new RegExp(`^${label.replace('?', '\\?')}`));
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
        const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'))!;
        await expect(page.locator(`[id="${errorId}"]`)).toContainText(message);
      }
      await expect(page.getByText('Choose how they contacted you.').last()).toBeVisible();
      await expect(page.getByText('Choose the kind of scam that fits best').last()).toBeVisible();
      await expect(page.getByText('Please confirm that the report is true').last()).toBeVisible();

      await expect(page.getByLabel('Phone number that contacted you')).toHaveValue('12ab');
      await expect(page.getByLabel('What happened?')).toHaveValue('Too short');
      await expect(page.getByLabel('Your email')).toHaveValue('not-an-email');
      await expect(page.getByLabel(/^Amount/)).toHaveValue('1e309');
      await expect(page.getByLabel('Country of the number, if it has no +country code')).toHaveValue('US');
    });
  });
}

test('the number page’s “Report this number” prefills the form', async ({ page }) => {
  await page.goto('/numbers/+61412345678');
  await page.getByRole('link', { name: 'Report this number' }).click();
  await expect(page.getByLabel('Phone number that contacted you')).toHaveValue('+61412345678');
});

test('fixing one mistake keeps the other answers and then goes through', async ({ page }) => {
  await page.goto('/report');
  await fillReport(page, { description: 'Too short' });
  await send(page);
  await expect(page.getByLabel('What happened?')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('radio', { name: 'Phone call', exact: true })).toBeChecked();
  await page.getByLabel('What happened?').fill('They said my parcel was held at customs and asked for a fee by card.');
  await waitForProofOfWork(page);
  await send(page);
  await expect(page).toHaveURL(/\/report\/submitted\/SR-/);
});

test('a robot that fills the hidden field is thanked, and nothing is stored', async ({ page }) => {
  await page.goto('/report');
  await fillReport(page);
  await page.locator('#form-website').fill('https://spam.example', { force: true });
  await send(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your report was received');
  const reference = referenceFrom(page);
  await page.goto(`/report/status?ref=${reference}`);
  await expect(page.getByText('We have no report with that reference')).toBeVisible();
});

test('two tabs sending the same form make one report', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/report');
  await second.goto('/report');
  for (const page of [first, second]) {
    await fillReport(page);
    await waitForProofOfWork(page);
  }
  // The second tab sends the first tab's form, as a duplicated tab or a replayed request would.
  const token = await first.locator('input[name="formToken"]').inputValue();
  await second.locator('input[name="formToken"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), token);
  await Promise.all([send(first), send(second)]);
  await expect(first).toHaveURL(/\/report\/submitted\/SR-/);
  await expect(second).toHaveURL(/\/report\/submitted\/SR-/);
  expect(referenceFrom(first)).toBe(referenceFrom(second));
  await context.close();
});

test('the anti-spam puzzle starts for someone who was already typing when its script arrived', async ({ page }) => {
  // The page's scripts arrive late, as on a slow phone connection: the number is typed first.
  await page.route('**/_next/static/chunks/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto('/report', { waitUntil: 'commit' });
  await page.getByLabel('Phone number that contacted you').fill('(202) 555-0143');
  // No other field is touched: the puzzle must not wait for the next one.
  await expect(page.locator('input[name="altcha"]')).toHaveValue(/.{20,}/, { timeout: 30_000 });
  await expect(page.getByLabel('Phone number that contacted you')).toBeFocused();
});

test('a solved anti-spam puzzle cannot be used twice', async ({ page }) => {
  await page.goto('/report');
  await fillReport(page);
  await waitForProofOfWork(page);
  const payload = await page.locator('input[name="altcha"]').inputValue();
  await send(page);
  await expect(page).toHaveURL(/\/report\/submitted\/SR-/);

  await page.goto('/report');
  await fillReport(page, { description: 'Another call the next day, same story about my bank and a code.' });
  await waitForProofOfWork(page);
  await page.locator('input[name="altcha"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), payload);
  await send(page);
  await expect(page.getByRole('alert').filter({ hasText: 'already used' })).toBeVisible();
  await expect(page.getByLabel('What happened?')).toHaveValue('Another call the next day, same story about my bank and a code.');
});

test.describe('rate limit', () => {
  test.use({ javaScriptEnabled: false });

  test('the sixth report in an hour from one address is refused politely, keeping the answers', async ({ page }) => {
    for (let i = 1; i <= 5; i += 1) {
      await page.goto('/report');
      await fillReport(page, { description: `Report number ${i} about a call from my “bank” asking for a code.` });
      await send(page);
      await expect(page).toHaveURL(/\/report\/submitted\/SR-/);
    }
    await page.goto('/report');
    await fillReport(page, { description: 'The sixth report within the hour, about yet another call.' });
    await send(page);
    await expect(page.getByRole('alert').filter({ hasText: 'several reports in the last hour' })).toBeVisible();
    await expect(page.getByLabel('What happened?')).toHaveValue('The sixth report within the hour, about yet another call.');
  });
});
