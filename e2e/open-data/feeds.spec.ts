import { expect, test } from '@playwright/test';
import { uniqueClientIp } from '../report/helpers';

test('the Atom feed lists newly published reports, from their fields only', async ({ page, request }) => {
  await page.goto('/reports');
  const link = page.getByRole('link', { name: 'Atom feed' });
  await expect(link).toHaveAttribute('href', '/feeds/latest.xml');
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/feeds\/latest\.xml$/);

  const feed = await request.get('/feeds/latest.xml');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml.match(/<entry>/g)).toHaveLength(50);

  const api = await (await request.get('/api/v1/reports?limit=50', { headers: { 'X-Forwarded-For': uniqueClientIp() } })).json();
  const latest = api.reports as Array<{ reference: string; description: string }>;
  const inFeed = latest.filter((report) => xml.includes(report.reference));
  expect(inFeed.length).toBeGreaterThan(40);
  for (const report of inFeed) expect(xml).not.toContain(report.description.slice(0, 40));
  expect(xml).not.toMatch(/@/);
});

test('each country has its own feed of its numbers', async ({ page, request }) => {
  await page.goto('/numbers?country=IN');
  await expect(page.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/feeds/countries/in.xml');
  const xml = await (await request.get('/feeds/countries/in.xml')).text();
  expect(xml).toContain('<title>Newly published scam reports: numbers from India</title>');
  const numbers = [...xml.matchAll(/<link href="[^"]*\/numbers\/(\+\d+)"\/>/g)].map((match) => match[1]);
  expect(numbers.length).toBeGreaterThan(0);
  for (const number of numbers) expect(number).toMatch(/^\+91/);

  expect((await request.get('/feeds/countries/xx.xml')).status()).toBe(404);
  expect((await request.get('/feeds/countries/india.xml')).status()).toBe(404);
});
