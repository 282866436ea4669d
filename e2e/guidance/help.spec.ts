import { expect, test } from '@playwright/test';

test.describe('the help walk without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a missed call from abroad, nothing paid: do not call back', async ({ page }) => {
    await page.goto('/help');
    await expect(page.getByRole('heading', { name: 'How did they contact you?' })).toBeVisible();
    await page.getByRole('link', { name: /A missed call from a number I don’t know/ }).click();
    await expect(page).toHaveURL(/\/help\?contact=missed$/);
    await expect(page.getByRole('heading', { name: 'Have you already done any of these?' })).toBeVisible();
    await page.getByRole('link', { name: 'No, none of these' }).click();

    await expect(page.getByRole('heading', { name: /Do not call back/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Do this now' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Missed calls from international numbers' })).toBeVisible();

    await page.getByRole('main').getByLabel('Enter the number that contacted you').fill('+251 91 123 4567');
    await page.getByRole('main').getByRole('button', { name: 'Check number' }).click();
    await expect(page).toHaveURL(/\/numbers\/\+251911234567$/);
  });

  test('started from a number’s page, the walk carries the number to the report form and back to its page', async ({ page }) => {
    await page.goto('/numbers/+251911234567');
    await page.getByRole('link', { name: 'Answer a few quick questions about this call' }).click();
    await expect(page.getByText('About the call or message from +251 91 123 4567')).toBeVisible();
    await page.getByRole('link', { name: /A missed call from a number I don’t know/ }).click();
    await page.getByRole('link', { name: 'No, none of these' }).click();
    await expect(page.getByRole('heading', { name: /Do not call back/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See what others reported about +251 91 123 4567' })).toHaveAttribute('href', '/numbers/+251911234567');

    await page.getByRole('link', { name: 'Report the number' }).click();
    await expect(page.getByLabel('Phone number that contacted you')).toHaveValue('+251911234567');
  });

  test('the caller said they were my bank and I gave an OTP: call the bank now', async ({ page }) => {
    await page.goto('/help');
    await page.getByRole('link', { name: 'A phone or WhatsApp call that I answered' }).click();
    await page.getByRole('link', { name: 'My bank, card company or payment app' }).click();
    await page.getByRole('link', { name: 'Tell them a code, PIN or password' }).click();
    await page.getByRole('link', { name: 'Yes: I gave a code, a password or card details' }).click();
    await expect(page).toHaveURL('/help?contact=call&claimed=bank&asked=code&done=shared');

    // The browser says en-US: the first call is the US one, and the UK's is a tap away.
    const urgent = page.getByRole('region', { name: 'Do this now' });
    await expect(urgent).toContainText('Call your bank or card issuer now');
    await expect(page.getByRole('heading', { name: 'Report it officially in the United States' })).toBeVisible();
    await page.getByRole('link', { name: 'United Kingdom' }).click();
    await expect(urgent).toContainText('Call 159 now');
    await expect(page.getByRole('heading', { name: 'Report it officially in the United Kingdom' })).toBeVisible();
    await expect(urgent.getByRole('link', { name: /Already paid or shared details/ })).toHaveAttribute('href', '/guides/already-paid-what-now');
    await expect(page.getByRole('heading', { name: /Nobody genuine asks for your codes/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Report it officially in/ })).toBeVisible();
  });

  test('each step is an address the back button returns to, and answers can be changed', async ({ page }) => {
    await page.goto('/help');
    await page.getByRole('link', { name: 'A text, WhatsApp or Telegram message' }).click();
    await page.getByRole('link', { name: 'A relative or friend, on a new number' }).click();
    await page.goBack();
    await expect(page).toHaveURL(/\/help\?contact=message$/);
    await expect(page.getByRole('heading', { name: 'Who did they say they were?' })).toBeVisible();
    await page.getByRole('link', { name: 'Change your answer to: How did they contact you?' }).click();
    await expect(page).toHaveURL(/\/help$/);
  });
});
