import { expect, test, type Locator, type Page } from '@playwright/test';
import { uniqueNumber } from '../../lib/test/numbers';

test.use({ viewport: { width: 390, height: 844 } });

/** Fully inside the first screen, without scrolling. */
async function expectOnFirstScreen(page: Page, locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.y + box!.height, `${what} ends at ${Math.round(box!.y + box!.height)} px`).toBeLessThanOrEqual(844);
}

async function expectAnswerOnFirstScreen(page: Page) {
  const verdict = page.getByRole('region').filter({ has: page.locator('#verdict-heading') });
  await expectOnFirstScreen(page, page.locator('#verdict-heading'), 'the verdict');
  await expectOnFirstScreen(page, verdict.getByText(/^First:/), 'the first step');
  await expectOnFirstScreen(page, verdict.getByText(/^Caller ID proves nothing/), 'the caller-ID caveat');
}

test('a reported number’s page answers within the first screen of a phone', async ({ page }) => {
  await page.goto('/numbers');
  await page.getByRole('main').getByRole('listitem').first().getByRole('link').click();
  await expectAnswerOnFirstScreen(page);
});

test('an unreported number’s page answers within the first screen of a phone', async ({ page }) => {
  await page.goto(`/numbers/${uniqueNumber().e164}`);
  await expect(page.getByRole('heading', { name: 'No reports yet' })).toBeVisible();
  await expectAnswerOnFirstScreen(page);
});

test('a genuine number’s page answers within the first screen of a phone', async ({ page }) => {
  await page.goto('/numbers/+443069990123');
  await expectAnswerOnFirstScreen(page);
});

test('a number page holds no country list', async ({ page }) => {
  const response = await page.goto('/numbers/+443069990123');
  const html = (await response?.text()) ?? '';
  expect(html).not.toContain('value="IN"');
  expect(await page.locator('option').count()).toBe(0);
});

/** One result of each kind: every headline, with and without urgent steps. */
const HELP_RESULTS = [
  '/help?contact=missed&done=no',
  '/help?contact=call&claimed=bank&asked=code&done=shared',
  '/help?contact=call&claimed=bank&asked=move&done=paid',
  '/help?contact=message&claimed=relative&asked=money&done=no',
  '/help?contact=call&claimed=government&asked=money&done=paid',
  '/help?contact=call&claimed=job&asked=money&done=no',
  '/help?contact=call&claimed=company&asked=remote&done=installed',
  '/help?contact=call&claimed=unknown&asked=nothing&done=no',
];

for (const path of HELP_RESULTS) {
  test(`the help walk’s answer at ${path} fits the first screen of a phone`, async ({ page }) => {
    await page.goto(path);
    await expectOnFirstScreen(page, page.locator('#advice-heading'), 'the answer');
    const answer = page.locator('#advice-heading').locator('xpath=..');
    await expectOnFirstScreen(page, answer.getByText(/^Caller ID proves nothing/), 'the caller-ID caveat');
    const firstStep = page.locator('#urgent-heading, #steps-heading').first().locator('xpath=..').locator('ol > li').first();
    await expectOnFirstScreen(page, firstStep, 'the first step');
  });
}
