import { expect, test, type Page } from '@playwright/test';
import { freshNumber, signIn } from '../admin/helpers';
import { fillReport, referenceFrom, send, uniqueClientIp } from '../report/helpers';

const BRANDING = /\bscams?\b|\bblock|do not call back/i;

async function expectGenuinePage(page: Page, organisation: string) {
  const verdict = page.getByRole('region', { name: `Real number of ${organisation}` });
  await expect(verdict).toContainText(`This is the real number of ${organisation}. Scammers often fake it on your screen.`);
  await expect(verdict).not.toContainText(BRANDING);
  const steps = page.getByRole('region', { name: 'What to do now' });
  await expect(steps).toContainText(`call ${organisation} back yourself, on the number on your card or on its official website`);
  await expect(steps).not.toContainText(BRANDING);
}

test('an organisation’s genuine number is named, never branded, however often scammers faked it', async ({ page, request }) => {
  // Demo data: Northgate Bank's invented number, faked in several published reports.
  await page.goto('/numbers/+443069990123');
  await expectGenuinePage(page, 'Northgate Bank');
  await expect(page.getByRole('region', { name: 'Real number of Northgate Bank' })).toContainText(/published reports? from .+ Those calls did not come from Northgate Bank/);
  await expect(page.getByRole('link', { name: 'where Northgate Bank publishes this number' })).toHaveAttribute('href', 'https://northgate-bank.example/contact-us');
  await expect(page).toHaveTitle(/real number of Northgate Bank/);
  await expect(page.getByRole('link', { name: 'Report a call that showed this number' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Caller ID proves nothing' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Companies publish numbers like this one');

  // Lists of numbers say whose it is too.
  await page.goto('/search?q=3069990');
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: '+44 306 999 0123' })).toContainText('Real number of Northgate Bank, faked in these calls');

  // A client address of its own: the API's rate limit is shared with the other API tests.
  const api = await request.get('/api/v1/numbers/+443069990123', { headers: { 'X-Forwarded-For': uniqueClientIp() } });
  expect(api.status()).toBe(200);
  const body = (await api.json()) as {
    verdict: { level: string; label: string };
    verified: { organisation: string; source: string };
    reports: { published: number };
    categories: Array<{ code: string; reports: number }>;
    channels: Array<{ code: string; label: string; reports: number }>;
  };
  // Kinds and channels come with their counts, most reported first.
  expect(body.categories).toEqual([{ code: 'bank_impersonation', label: 'Bank, KYC or account impersonation', reports: body.reports.published }]);
  expect(body.channels).toEqual([{ code: 'phone_call', label: 'Phone call', reports: body.reports.published }]);
  expect(body.verdict).toMatchObject({ level: 'verified', label: 'Real number of Northgate Bank' });
  expect(body.verified).toMatchObject({ organisation: 'Northgate Bank', source: 'https://northgate-bank.example/contact-us' });
});

test('staff add a genuine number in the admin area; its page then names the organisation', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const number = freshNumber();
  await signIn(page);
  await page.goto('/admin/verified');
  await page.getByRole('textbox', { name: 'Number', exact: true }).fill(number.typed);
  await page.getByLabel('Organisation').fill('Example Insurance');
  await page.getByLabel('Source').fill('not a web address');
  await page.getByRole('button', { name: 'Add to the registry' }).click();
  await expect(page.getByText('Enter a full web address starting with https://')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Number', exact: true })).toHaveValue(number.typed);
  await expect(page.getByLabel('Organisation')).toHaveValue('Example Insurance');

  await page.getByLabel('Source').fill('https://insurance.example/contact');
  await page.getByRole('button', { name: 'Add to the registry' }).click();
  await expect(page.getByRole('status')).toContainText('is now shown as the real number of Example Insurance');
  await expect(page.getByRole('row', { name: /Example Insurance/ })).toContainText('moderator@e2e.invalid');

  // A call that faked it is reported and published: the page still names the organisation.
  const reporter = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  await reporter.goto('/report');
  await fillReport(reporter, { number: number.typed, country: 'IN', callerIdName: 'Example Insurance', screen: 'Yes, a real organisation’s', description: 'The caller said my policy would lapse unless I paid a renewal fee by UPI today.' });
  await send(reporter);
  const reference = referenceFrom(reporter);
  await reporter.close();
  await page.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByText('yes: the number was probably spoofed')).toBeVisible();
  await expect(page.getByText('The number shown is the real number of Example Insurance')).toBeVisible();
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByRole('status')).toContainText('approved');

  const visitor = await browser.newPage({ javaScriptEnabled: false });
  await visitor.goto(`/numbers/${number.e164}`);
  await expectGenuinePage(visitor, 'Example Insurance');
  await expect(visitor.getByText('1 published report from one person describes a call or message that showed this number')).toBeVisible();
  await visitor.close();
});

test('a number people were told to call back gets the strong verdict, and the number on the screen does not', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const shown = freshNumber();
  const callback = freshNumber();
  const reporter = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  await reporter.goto('/report');
  await fillReport(reporter, { number: shown.typed, country: 'IN', callbackNumber: callback.typed, description: 'A recorded message said my card was blocked and to call another number to fix it.' });
  await send(reporter);
  const reference = referenceFrom(reporter);
  await reporter.close();

  await signIn(page);
  await page.goto(`/admin/reports?number=${encodeURIComponent(shown.e164)}`);
  await page.getByRole('link', { name: reference }).click();
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByRole('status')).toContainText('approved');

  await page.goto(`/numbers/${callback.e164}`);
  await expect(page.getByRole('heading', { name: 'Likely scam' })).toBeVisible();
  await expect(page.getByText('They were told to call, message or pay this number')).toBeVisible();
  await expect(page.getByRole('region', { name: 'What to do now' })).toContainText('Do not call back, reply or pay. Block the number on your phone.');

  await page.goto(`/numbers/${shown.e164}`);
  await expect(page.getByRole('heading', { name: 'Seen in reported calls' })).toBeVisible();
  await expect(page.getByText('may have come from someone else').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'What to do now' })).not.toContainText('Block the number');
});
