import { expect, test } from '@playwright/test';

test.describe('home page', () => {
  test('offers the number check, the two lessons and the latest published reports', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/Scam Number Check/);
    await expect(page.getByRole('heading', { level: 1, name: 'Did a number just call or message you?' })).toBeVisible();

    const main = page.getByRole('main');
    await expect(main.getByLabel('Enter the number that contacted you')).toBeVisible();
    await expect(main.getByRole('button', { name: 'Check number' })).toBeVisible();

    await expect(page.getByRole('heading', { name: '1. Caller ID proves nothing' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '2. Always make the call yourself' })).toBeVisible();

    const latest = page.getByRole('region', { name: 'Latest published reports' });
    await expect(latest.getByRole('article')).toHaveCount(8);
    await expect(latest.getByRole('article').first().getByRole('link').first()).toHaveAttribute('href', /^\/numbers\/\+\d{6,15}$/);
  });

  test('says plainly that the demo data is invented', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('note')).toContainText('Demo data');
  });

  test('has one number check on the home page, and one behind a tap in the header of other pages', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('search', { name: 'Check a phone number' })).toHaveCount(1);
    await expect(page.getByRole('main').getByLabel('Country, for numbers without a +country code')).toBeVisible();
    await page.goto('/guides');
    const header = page.getByRole('banner');
    await header.getByText('Check a number').click();
    await expect(header.getByRole('search', { name: 'Check a phone number' })).toBeVisible();
    await expect(header.getByLabel('Enter the number that contacted you')).toBeVisible();
    await expect(header.getByRole('combobox')).toHaveCount(0);
  });

  test('preselects the country from the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-IN' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('main').getByLabel('Country, for numbers without a +country code')).toHaveValue('IN');
    await context.close();
  });

  test('can be used from the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page renders in full and the search is a plain form', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Latest published reports' }).getByRole('article')).toHaveCount(8);
    const form = page.getByRole('main').getByRole('search');
    await expect(form).toHaveAttribute('action', '/search');
    await expect(form).toHaveAttribute('method', 'get');
  });
});
