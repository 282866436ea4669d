import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { fillReport, referenceFrom, send, uniqueClientIp } from '../report/helpers';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

test('a number gives the same JSON in any spelling, with its official complaints', async ({ request }) => {
  const ip = { 'X-Forwarded-For': uniqueClientIp() };
  const latest = await (await request.get('/api/v1/reports?limit=1', { headers: ip })).json();
  const e164: string = latest.reports[0].number;
  const international = await request.get(`/api/v1/numbers/${encodeURIComponent(e164)}`, { headers: ip });
  expect(international.status()).toBe(200);
  const body = await international.json();
  expect(body.number.e164).toBe(e164);
  expect(body.reports.published).toBeGreaterThan(0);
  const national = await request.get(`/api/v1/numbers/${encodeURIComponent(body.number.national)}?country=${body.number.country}`, { headers: ip });
  expect(await national.json()).toEqual(body);

  const ftc = await (await request.get('/api/v1/numbers/(303)%20555-0147?country=US', { headers: ip })).json();
  expect(ftc.number.e164).toBe('+13035550147');
  expect(ftc.official).toEqual([expect.objectContaining({ source: 'ftc_dnc', complaints: 3, lastReportedOn: '2026-11-04' })]);
});

test('a malformed or unknown number is a 4xx JSON error, never a 500', async ({ request }) => {
  const ip = { 'X-Forwarded-For': uniqueClientIp() };
  for (const [path, status, code] of [
    ['/api/v1/numbers/not-a-number', 400, 'invalid_number'],
    ['/api/v1/numbers/%E0%A4%A', 400, 'invalid_number'],
    ['/api/v1/numbers/+4420794600', 400, 'invalid_number'],
    ['/api/v1/numbers/+447400123456', 404, 'not_reported'],
    ['/api/v1/check/xyz', 400, 'invalid_hash'],
    [`/api/v1/check/${sha256('+447400123456')}`, 404, 'not_reported'],
    ['/api/v1/reports?limit=1000', 400, 'invalid_limit'],
    ['/api/v1/reports?category=bogus', 400, 'invalid_category'],
    ['/api/v1/reports?before=yesterday', 400, 'invalid_cursor'],
  ] as const) {
    const response = await request.get(path, { headers: ip });
    expect(response.status(), path).toBe(status);
    expect(response.headers()['content-type']).toContain('application/json');
    expect((await response.json()).error.code, path).toBe(code);
  }
});

test('reports hold only published, redacted data, and page without repeats', async ({ browser, request }) => {
  const secret = `pending-only-${Date.now()}`;
  const page = await browser.newPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  await page.goto('/report');
  await fillReport(page, { description: `Caller asked for my card code. Reach me at ${secret}@example.com or 07700 900123.` });
  await send(page);
  referenceFrom(page);
  await page.close();

  const ip = { 'X-Forwarded-For': uniqueClientIp() };
  const first = await (await request.get('/api/v1/reports?limit=50', { headers: ip })).json();
  const second = await (await request.get(`/api/v1/reports?limit=50&before=${encodeURIComponent(first.next)}`, { headers: ip })).json();
  expect(JSON.stringify([first, second])).not.toContain(secret);
  const reports: Array<Record<string, unknown>> = [...first.reports, ...second.reports];
  const fields = ['reference', 'number', 'callbackNumber', 'channel', 'category', 'categoryLabel', 'callerIdName', 'occurredOn', 'description', 'loss', 'paymentMethod', 'publishedAt', 'page'];
  for (const report of reports) expect(Object.keys(report).sort()).toEqual([...fields].sort());
  const references = reports.map((r) => r.reference);
  expect(new Set(references).size).toBe(100);
});

test('a number can be checked by a hash prefix, without sending it', async ({ request }) => {
  const ip = { 'X-Forwarded-For': uniqueClientIp() };
  const e164: string = (await (await request.get('/api/v1/reports?limit=1', { headers: ip })).json()).reports[0].number;
  const hash = sha256(e164);
  const prefix = await (await request.get(`/api/v1/check/${hash.slice(0, 5)}`, { headers: ip })).json();
  expect(prefix.matches.map((m: { sha256: string }) => m.sha256)).toContain(hash);
  expect(JSON.stringify(prefix)).not.toContain(e164);
  const whole = await (await request.get(`/api/v1/check/${hash}`, { headers: ip })).json();
  const { sha256: _hash, ...number } = whole;
  expect(number).toEqual(await (await request.get(`/api/v1/numbers/${encodeURIComponent(e164)}`, { headers: ip })).json());
});

test('answers are open to other sites, cacheable by ETag, and rate limited with standard headers', async ({ request }) => {
  const ip = { 'X-Forwarded-For': uniqueClientIp() };
  const response = await request.get('/api/v1/openapi.json', { headers: ip });
  expect((await response.json()).openapi).toBe('3.1.0');
  const headers = response.headers();
  expect(headers['access-control-allow-origin']).toBe('*');
  expect(headers['ratelimit-policy']).toBe('120;w=60');
  expect(headers.ratelimit).toMatch(/^limit=120, remaining=\d+, reset=\d+$/);
  const again = await request.get('/api/v1/openapi.json', { headers: { ...ip, 'If-None-Match': headers.etag! } });
  expect(again.status()).toBe(304);
  const preflight = await request.fetch('/api/v1/reports', { method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-methods']).toContain('GET');

  const flood = { 'X-Forwarded-For': uniqueClientIp() };
  const statuses: number[] = [];
  for (let i = 0; i < 121; i += 1) statuses.push((await request.get('/api/v1/openapi.json', { headers: flood })).status());
  expect(statuses.slice(0, 120).every((status) => status === 200)).toBe(true);
  const refused = await request.get('/api/v1/openapi.json', { headers: flood });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await refused.json()).error.code).toBe('rate_limited');
});

test('the developer page explains the API and links its description', async ({ page }) => {
  await page.goto('/developers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API for developers');
  await expect(page.getByRole('heading', { name: 'Ask about a number without sending it' })).toBeVisible();
  await expect(page.getByRole('link', { name: '/api/v1/openapi.json' })).toHaveAttribute('href', '/api/v1/openapi.json');
  // Examples that work when pasted: this site's own address, not a placeholder.
  await expect(page.getByText(/curl http:\/\/localhost:\d+\/api\/v1\/numbers\/\+12025550143/)).toBeVisible();
  const codes = page.getByRole('table', { name: 'category: the kind of scam' });
  await expect(codes.getByRole('row', { name: /task_job/ })).toContainText('Task or part-time job (likes, reviews)');
});

test('the data page lists every code with its meaning', async ({ page }) => {
  await page.goto('/data');
  await expect(page.getByRole('table', { name: 'channel: how the scammer made contact' }).getByRole('row', { name: /whatsapp_call/ })).toContainText('WhatsApp call');
  await expect(page.getByRole('table', { name: 'payment_method: how the money was paid' }).getByRole('row', { name: /^upi/ })).toContainText('UPI');
});
