import http from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * A forged Host or X-Forwarded-Host never makes the site point anywhere else, nor poisons a page
 * it keeps for others; a protocol upgrade on a normal address gets a clear refusal, and the
 * server carries on.
 */
const FOREIGN = 'evil.example';

function raw(baseURL: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers, setHost: !('host' in headers) });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString() }));
    });
    request.on('upgrade', () => reject(new Error(`${path} accepted a protocol upgrade`)));
    request.on('error', reject);
    request.end();
  });
}

test('a forged Host or X-Forwarded-Host is never echoed in a redirect, a page or a kept page', async ({ baseURL }) => {
  const forgeries: Record<string, string>[] = [{ host: FOREIGN }, { 'x-forwarded-host': FOREIGN }, { host: `localhost@${FOREIGN}` }, { 'x-forwarded-host': FOREIGN, 'x-forwarded-proto': 'https' }];
  for (const headers of forgeries) {
    for (const path of ['/search?q=%2B12025550143', '/numbers/%2B12025550143', '/admin/reports', '/admin']) {
      const answer = await raw(baseURL!, path, headers);
      expect(answer.status, `${path} with ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(300);
      expect(answer.status).toBeLessThan(400);
      expect(answer.headers.location ?? '').not.toContain(FOREIGN);
    }
    for (const path of ['/', '/numbers/+12025550143', '/guides', '/login', '/report', '/feeds/latest.xml', '/sitemap.xml']) {
      const answer = await raw(baseURL!, path, headers);
      expect(answer.status, `${path} with ${JSON.stringify(headers)}`).toBe(200);
      expect(answer.body).not.toContain(FOREIGN);
    }
  }
  // What the server kept from those requests is what everyone else gets: nothing of theirs.
  for (const path of ['/', '/numbers/+12025550143', '/guides', '/feeds/latest.xml']) {
    expect((await raw(baseURL!, path, {})).body).not.toContain(FOREIGN);
  }
});

test('a WebSocket or other protocol upgrade on a normal address is refused with a 400, and the site carries on', async ({ baseURL, request }) => {
  for (const path of ['/', '/numbers/+12025550143', '/admin', '/api/v1/numbers/+12025550143', '/_next/webpack-hmr']) {
    for (const upgrade of ['websocket', 'h2c']) {
      const answer = await raw(baseURL!, path, { connection: 'Upgrade', upgrade, 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' });
      expect(answer.status, `${upgrade} on ${path}`).toBe(400);
    }
  }
  expect((await request.get('/api/health')).status()).toBe(200);
  expect((await request.get('/numbers/+12025550143')).status()).toBe(200);
});
