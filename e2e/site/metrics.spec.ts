import { expect, test } from '@playwright/test';
import { E2E_METRICS_TOKEN } from '../staff';

test('GET /metrics gives Prometheus text with histograms for the metrics token, and nothing without it', async ({ request }) => {
  // Traffic first, so that the counters have something to count.
  await request.get('/');
  await request.get('/numbers/+12025550143');
  await request.get('/numbers/+12025550143');

  for (const authorization of [undefined, 'Bearer wrong-token-wrong-token', `Basic ${E2E_METRICS_TOKEN}`, `Bearer ${E2E_METRICS_TOKEN}x`]) {
    const refused = await request.get('/metrics', { headers: authorization ? { authorization } : {} });
    expect(refused.status(), String(authorization)).toBe(401);
    expect(await refused.text()).not.toContain('portal_');
  }

  const answer = await request.get('/metrics', { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('text/plain');
  const text = await answer.text();
  expect(text).toContain('# TYPE portal_http_request_duration_seconds histogram');
  expect(text).toMatch(/portal_http_request_duration_seconds_bucket\{le="0\.1",group="number",method="GET",status="200"\} \d+/);
  expect(text).toMatch(/portal_page_cache_requests_total\{result="(?:hit|miss|template)"\} [1-9]/);
  expect(text).toContain('# TYPE portal_db_query_duration_seconds histogram');
  expect(text).toMatch(/portal_db_query_duration_seconds_count [1-9]/);
  // The demo data has reports waiting, the oldest for days; the e2e server wrote the day's export.
  expect(Number(/^portal_reports_pending (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
  expect(Number(/^portal_oldest_pending_report_age_seconds ([\d.]+)$/m.exec(text)?.[1])).toBeGreaterThan(3_600);
  expect(Number(/^portal_open_data_export_age_seconds ([\d.]+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(0);
});
