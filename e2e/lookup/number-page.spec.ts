import { expect, test } from '@playwright/test';

test.describe('number page', () => {
  test('answers in one screen: verdict, caveat, what to do, and a way to report', async ({ page }) => {
    await page.goto('/numbers');
    await page.getByRole('main').getByRole('listitem').first().getByRole('link').click();
    await expect(page).toHaveURL(/\/numbers\/\+\d+$/);
    const e164 = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

    await expect(page.getByRole('heading', { name: 'Many scam reports' })).toBeVisible();
    await expect(page.getByText(/published reports? from \d+ different/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Caller ID proves nothing' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What to do now' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Report this number' })).toHaveAttribute('href', `/report?number=${encodeURIComponent(e164)}`);

    await expect(page.getByRole('region', { name: 'By kind of scam' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'By how they made contact' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Advice for these scams' })).toBeVisible();

    const reports = page.getByRole('region', { name: 'Reports, newest first' }).getByRole('article');
    await expect(reports).toHaveCount(20);
    await expect(reports.first()).toContainText(/Shown on caller ID|told to contact this number/);
  });

  test('older reports continue on further pages, without repeats', async ({ page }) => {
    await page.goto('/numbers');
    await page.getByRole('main').getByRole('listitem').first().getByRole('link').click();
    await expect(page.getByRole('region', { name: 'Reports, newest first' }).getByRole('article')).toHaveCount(20);
    const firstTexts = await page.getByRole('region', { name: 'Reports, newest first' }).getByRole('article').allTextContents();
    await page.getByRole('link', { name: /^Older reports/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('page 2 of');
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
    const secondTexts = await page.getByRole('main').getByRole('article').allTextContents();
    expect(secondTexts.length).toBeGreaterThan(0);
    expect(secondTexts.some((text) => firstTexts.includes(text))).toBe(false);
  });

  test('a valid number nobody reported says so, never "safe", and invites a report', async ({ page }) => {
    await page.goto('/numbers/+61412345678');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('+61 412 345 678');
    await expect(page.getByText('Australia · Mobile · within the country, dial 0412 345 678')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No reports yet' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(/\bsafe\b(?! account)/i);
    await expect(page.getByRole('link', { name: 'tell us what happened' })).toHaveAttribute('href', '/report?number=%2B61412345678');
    await expect(page.getByText('If you do not live in Australia and this number rang once')).toBeVisible();
    await expect(page.getByRole('link', { name: 'missed calls from international numbers' })).toHaveAttribute('href', '/guides/whatsapp-missed-calls-from-abroad');
  });

  test('other spellings of a number redirect to its canonical address', async ({ page }) => {
    for (const path of ['/numbers/61412345678', '/numbers/%2B61412345678', '/numbers/0061412345678', '/numbers/+61-412-345-678']) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/numbers\/\+61412345678$/);
    }
  });

  test('an address that is not a number explains itself with a 404', async ({ page }) => {
    const response = await page.goto('/numbers/not-a-number');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This is not a valid phone number');
  });

  test('has a descriptive title and Open Graph data', async ({ page }) => {
    await page.goto('/numbers');
    await page.getByRole('main').getByRole('listitem').first().getByRole('link').click();
    await expect(page).toHaveTitle(/^\+\d[\d ]+: \d+ scam reports/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /scam reports/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/numbers\/\+\d+$/);
  });

  test('complaints to the US FTC show apart from the reports on this site', async ({ page }) => {
    // Imported by the test server from db/import/fixtures/ftc-dnc-sample.csv; nobody reported it here.
    await page.goto('/numbers/+13035550147');
    const official = page.getByRole('region', { name: 'Complaints to official bodies' });
    await expect(official).toContainText('3 complaints to the US FTC, last on 4 Nov 2026');
    await expect(official).toContainText('most often about “Warranties & protection plans”');
    await expect(official).not.toContainText('Denver');
    await expect(page.getByRole('heading', { name: 'No reports yet' })).toBeVisible();
  });
});
