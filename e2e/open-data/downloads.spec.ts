import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { uniqueClientIp } from '../report/helpers';

test('the data page lists today’s files, which download, match their checksums and hold no free text', async ({ page, request }) => {
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Download the data' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)' })).toBeVisible();
  const table = page.getByRole('table');
  const row = table.getByRole('row', { name: /reports\.csv\.gz/ });
  const cells = await row.getByRole('cell').allTextContents();
  const [, rowsText, , checksum] = cells;

  const download = await request.get('/data/latest/reports.csv.gz');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/gzip');
  expect(download.headers()['content-disposition']).toMatch(/attachment; filename="scam-numbers-reports-\d{4}-\d{2}-\d{2}\.csv\.gz"/);
  const body = await download.body();
  expect(createHash('sha256').update(body).digest('hex')).toBe(checksum);
  const sums = await (await request.get('/data/latest/SHA256SUMS')).text();
  expect(sums).toContain(`${checksum}  reports.csv.gz`);

  const lines = gunzipSync(body).toString('utf8').trim().split('\n');
  expect(lines[0]).toBe('reference,published_on,occurred_on,number,number_country,callback_number,callback_country,channel,category,ftc_subject,chakshu_category,scamwatch_type,payment_method,loss_currency,loss_band');
  expect(lines.length - 1).toBe(Number(rowsText!.replaceAll(',', '')));

  // What people wrote is never in the files, not even redacted: take the oldest published texts.
  const api = await (await request.get('/api/v1/reports?limit=100', { headers: { 'X-Forwarded-For': uniqueClientIp() } })).json();
  const csv = lines.join('\n');
  for (const report of api.reports as Array<{ reference: string; description: string }>) {
    if (csv.includes(report.reference)) expect(csv).not.toContain(report.description.slice(0, 40));
  }
  expect(csv).not.toMatch(/@/);

  const again = await request.get('/data/latest/reports.csv.gz', { headers: { 'If-None-Match': download.headers().etag! } });
  expect(again.status()).toBe(304);
});

test('a download that does not exist is a plain 404, whatever the address', async ({ request }) => {
  for (const path of ['/data/latest/passwd', '/data/2001-01-01/reports.csv.gz', '/data/..%2F..%2Fpackage.json/reports.csv.gz', '/data/latest/..%2Fmanifest.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});
