import { expect, test, type APIRequestContext } from '@playwright/test';
import { continueToCheck, fillReport, uniqueClientIp } from '../report/helpers';

/** The report form's action id, as the page gives it to a browser. */
async function reportActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/report')).text();
  const id = /&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/.exec(html)?.[1];
  expect(id).toBeTruthy();
  return id!;
}

test('an action called with anything but a form answers 400, and the server stays healthy', async ({ request, baseURL }) => {
  const id = await reportActionId(request);
  const headers = { 'Next-Action': id, Origin: baseURL!, 'X-Forwarded-For': uniqueClientIp() };
  for (const body of ['[123]', '[null]', '{"a":1}', '"x"', '', '[', '[{"status":"idle"},"K1"]']) {
    const answer = await request.post('/report', { headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' }, data: body });
    expect(answer.status(), body).toBe(400);
  }
  // Fifty malformed multipart bodies: cut short, no boundary, a list that does not end in a form.
  const boundary = 'portal-boundary';
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const bodies: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    bodies.push(
      `${part('0', '["$K1"]')}--${boundary}--garbage${i}`.slice(0, 20 + i * 7),
      `${part('0', `[${i}]`)}--${boundary}--\r\n`,
      `${part('0', '{"a":1}')}${part('1_x', 'y')}--${boundary}--\r\n`,
      `${part('1_description', 'x'.repeat(i * 100))}--${boundary}--\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data\r\n\r\nno name ${i}\r\n`,
    );
  }
  for (const [index, body] of bodies.entries()) {
    const answer = await request.post('/report', { headers: { ...headers, 'Content-Type': `multipart/form-data; boundary=${boundary}` }, data: Buffer.from(body) });
    expect(answer.status(), `body ${index}`).toBeGreaterThanOrEqual(400);
    expect(answer.status(), `body ${index}`).toBeLessThan(500);
  }
  expect((await request.get('/api/health')).status()).toBe(200);
  expect((await request.get('/report')).status()).toBe(200);
});

test('a post over 1 MB answers 413; a person who pastes a very long text gets the form back, with it, and the reason', async ({ request, browser, baseURL }) => {
  const id = await reportActionId(request);
  const huge = await request.post('/report', {
    headers: { Origin: baseURL!, 'X-Forwarded-For': uniqueClientIp() },
    multipart: { [`$ACTION_ID_${id}`]: '', description: 'a'.repeat(3 * 1024 * 1024) },
  });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain('larger than 1 MB');
  // The server's own plain page allows no script at all.
  expect(huge.headers()['content-security-policy']).toContain("default-src 'none'");

  const page = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  await page.goto('/report');
  // A browser that does not cut the text at the field's limit sends all of it.
  await page.locator('#report-description').evaluate((field) => field.removeAttribute('maxlength'));
  const pasted = `They called about my parcel. ${'And then they said more. '.repeat(8_000)}`;
  await fillReport(page, { description: pasted });
  await continueToCheck(page);
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page.getByText(/Please keep it under 5,000 characters; it is [\d,]+\./).first()).toBeVisible();
  // What they typed comes back to be shortened (as much of it as the form echoes).
  await expect(page.getByLabel('What happened?')).toHaveValue(/^They called about my parcel\. (And then they said more\. ){100}/);
  await page.close();
});
