import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freshNumber, signIn } from '../admin/helpers';
import { fillReport, referenceFrom, send, uniqueClientIp } from '../report/helpers';

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
    await expect(reports).toHaveCount(10);
    await expect(reports.first()).toContainText(/Shown on caller ID|told to contact this number/);
  });

  test('older reports continue on further pages, without repeats', async ({ page }) => {
    await page.goto('/numbers');
    await page.getByRole('main').getByRole('listitem').first().getByRole('link').click();
    await expect(page.getByRole('region', { name: 'Reports, newest first' }).getByRole('article')).toHaveCount(10);
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

  test('two numbers nobody reported, of one country and kind, each get a page about themselves', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    for (const [e164, international, national] of [
      ['+61412345679', '+61 412 345 679', '0412 345 679'],
      ['+61487654321', '+61 487 654 321', '0487 654 321'],
    ] as const) {
      await page.goto(`/numbers/${e164}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(international);
      await expect(page).toHaveTitle(`${international}: no reports yet · Scam Number Check`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/numbers/\\${e164}$`));
      await expect(page.getByText(`Australia · Mobile · within the country, dial ${national}`)).toBeVisible();
      await expect(page.getByText(`Nobody has reported ${international} here.`)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Report this number' })).toHaveAttribute('href', `/report?number=${encodeURIComponent(e164)}`);
      await expect(page.getByRole('link', { name: 'tell us', exact: true })).toHaveAttribute('href', `/numbers/${e164}/dispute`);
    }
    // The page is live in the browser: a link opens the next page with this number in it.
    await page.getByRole('link', { name: 'Answer a few quick questions about this call' }).click();
    await expect(page).toHaveURL(`/help?number=${encodeURIComponent('+61487654321')}`);
    await expect(page.getByRole('main')).toContainText('+61 487 654 321');
    expect(errors).toEqual([]);
  });

  test('a reported number opened from a link elsewhere reads as it does inside the site, and the page is live', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto('/numbers');
    const link = page.getByRole('main').getByRole('listitem').nth(1).getByRole('link');
    const href = (await link.getAttribute('href'))!;
    // Inside the site the browser asks Next.js for the page's data and renders it itself.
    await link.click();
    await expect(page).toHaveURL(href);
    await expect(page.getByRole('region', { name: 'Reports, newest first' }).getByRole('article')).toHaveCount(10);
    const inside = await page.getByRole('main').innerText();

    // From a link elsewhere (a search engine, a message) the server answers the whole page.
    await page.goto(href);
    const main = page.getByRole('main');
    await expect(main.getByRole('region', { name: 'Reports, newest first' }).getByRole('article')).toHaveCount(10);
    expect(await main.innerText()).toBe(inside);
    const international = await page.getByRole('heading', { level: 1 }).innerText();
    await expect(page).toHaveTitle(new RegExp(`^\\${international}: \\d+ scam reports · Scam Number Check$`));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(`reports about \\${international} \\(`));
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`${href.replace('+', '\\+')}$`));
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);

    // The browser's React took the page over: links open the next page without reloading it,
    // and going back shows the page again from the data it came with.
    await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
    await page.getByRole('link', { name: /^Older reports/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('page 2 of');
    await page.goBack();
    await expect(page).toHaveURL(href);
    await expect(main.getByRole('region', { name: 'Reports, newest first' }).getByRole('article')).toHaveCount(10);
    expect(await main.innerText()).toBe(inside);
    expect(await page.evaluate(() => (window as unknown as { stillThisDocument?: boolean }).stillThisDocument)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('addresses the server keeps for itself are not pages', async ({ request }) => {
    for (const path of ['/numbers/+0template-indexed', '/numbers/%2B0template-unindexed', '/numbers/+0template-indexed?x=1']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain('0template-content');
    }
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

  test('a long report is cut at four lines, and its whole text opens without JavaScript', async ({ browser }) => {
    test.setTimeout(90_000);
    const number = freshNumber();
    const ending = 'and that is when I understood the whole call had been a scam from the start.';
    const text = `${'They said they were from my bank’s fraud team and knew my address and my last payments. '.repeat(4)}${ending}`;
    const reporter = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
    await reporter.goto('/report');
    await fillReport(reporter, { number: number.typed, country: 'IN', description: text });
    await send(reporter);
    const reference = referenceFrom(reporter);
    await reporter.close();
    const staff = await browser.newPage();
    await signIn(staff);
    await staff.goto(`/admin/reports?number=${encodeURIComponent(number.e164)}`);
    await staff.getByRole('link', { name: reference }).click();
    await staff.getByRole('button', { name: 'Approve and publish' }).click();
    await expect(staff.getByRole('status')).toContainText('approved');
    await staff.close();

    const visitor = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await visitor.goto(`/numbers/${number.e164}`);
    const report = visitor.getByRole('region', { name: 'Reports, newest first' }).getByRole('article').first();
    const body = report.getByText(ending, { exact: false });
    const clamped = () => body.evaluate((element) => getComputedStyle(element).webkitLineClamp);
    expect(await clamped()).toBe('4');
    await report.getByText('Read the whole report').click();
    expect(await clamped()).toBe('none');
    await expect(report.getByText('Show less')).toBeVisible();
    await visitor.close();
  });
});

test('a CDN may keep a number page a minute at most, so a report taken down leaves it soon', async ({ page }) => {
  const response = await page.goto('/numbers/+61412345678');
  expect(response?.headers()['cache-control']).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30');
  const again = await page.goto('/numbers/+61412345678');
  expect(again?.headers()['cache-control']).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30');
});

test('a burst of visits to a page not yet kept renders it once, and every visitor gets it whole', async ({ browser, request }) => {
  // A number just reported (its report still waits for a moderator): its page has never been asked for.
  const number = freshNumber();
  const reporter = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  await reporter.goto('/report');
  await fillReport(reporter, { number: number.typed, country: 'IN' });
  await send(reporter);
  await reporter.close();

  const answers = await Promise.all(Array.from({ length: 8 }, () => request.get(`/numbers/${number.e164}`)));
  const bodies = await Promise.all(answers.map((answer) => answer.text()));
  for (const [i, answer] of answers.entries()) {
    expect(answer.status()).toBe(200);
    expect(bodies[i]).toContain('No reports yet');
    expect(bodies[i]).toContain('</html>');
  }
  // How the server answered each (its log, by request id): one render, the others from the page it kept.
  const ids = answers.map((answer) => answer.headers()['x-request-id']!);
  const log = path.join(import.meta.dirname, '..', '..', '.e2e', 'server.log');
  const results = async () => {
    const lines = fs.readFileSync(log, 'utf8').split('\n').filter((line) => ids.some((id) => line.includes(`"reqId":"${id}"`)) && line.includes('"msg":"request"'));
    return lines.map((line) => (JSON.parse(line) as { cache: string }).cache).sort();
  };
  await expect.poll(async () => (await results()).length).toBe(8);
  const cache = await results();
  // One render; two when a decision elsewhere (other tests moderate meanwhile) landed during the
  // first, whose page then is not kept since it may predate the decision. Without the waiting, eight.
  const renders = cache.filter((result) => result === 'template' || result === 'miss').length;
  expect(renders).toBeGreaterThanOrEqual(1);
  expect(renders).toBeLessThanOrEqual(2);
  expect(cache.filter((result) => result === 'shared' || result === 'hit')).toHaveLength(8 - renders);
});
