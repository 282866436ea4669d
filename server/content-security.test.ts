import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, gzipWithNonce, heldBack, newNonce, NONCE_PLACEHOLDER, nonceableBody, nonceableSize, plainWithNonce, secureResponse } from './content-security';

const page = (...parts: string[]) => parts.join(NONCE_PLACEHOLDER);

describe('contentSecurityPolicy', () => {
  it('allows only scripts with the nonce, no plugins, no base, no framing, and forms to this site', () => {
    const policy = contentSecurityPolicy('abc');
    expect(policy).toContain("script-src 'nonce-abc' 'strict-dynamic'");
    for (const part of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(part);
    expect(policy).not.toContain('unsafe-eval');
  });

  it('gives every answer a different nonce, as long as the placeholder', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toHaveLength(NONCE_PLACEHOLDER.length);
  });
});

describe('a kept body', () => {
  const bodies = {
    'no placeholder': 'just some text',
    empty: '',
    'one placeholder': page('<script nonce="', '">go()</script>'),
    'placeholders at both ends and side by side': page('', 'a', '', 'b', ''),
    'a large page': page(`<html>${'<p>é ünïcode '.repeat(20_000)}`, `">`, `${'<li>more</li>'.repeat(30_000)}</html>`),
  };

  for (const [name, text] of Object.entries(bodies)) {
    it(`is sent with the nonce in place of every placeholder, plain or gzipped: ${name}`, () => {
      const kept = nonceableBody(Buffer.from(text));
      const nonce = newNonce();
      const expected = text.replaceAll(NONCE_PLACEHOLDER, nonce);
      expect(plainWithNonce(kept, nonce).toString()).toBe(expected);
      expect(gunzipSync(gzipWithNonce(kept, nonce)).toString()).toBe(expected);
      // The kept copy still has its placeholders for the next answer.
      expect(kept.plain.toString()).toBe(text);
    });
  }

  it('holds no more memory than it counts, however many scripts the page has', () => {
    const text = page(...Array.from({ length: 40 }, (_, i) => `<script nonce="${'x'.repeat(i)}">${'<p>words</p>'.repeat(300)}</script>`));
    const kept = nonceableBody(Buffer.from(text));
    const counted = nonceableSize(kept);
    const held = new Set([kept.plain.buffer, ...kept.deflated.map((part) => part.buffer)]);
    expect([...held].reduce((sum, buffer) => sum + buffer.byteLength, 0)).toBeLessThanOrEqual(counted + 8_192);
    expect(gunzipSync(gzipWithNonce(kept, 'n'.repeat(NONCE_PLACEHOLDER.length))).toString()).toBe(text.replaceAll(NONCE_PLACEHOLDER, 'n'.repeat(NONCE_PLACEHOLDER.length)));
  });
});

describe('heldBack', () => {
  it('holds back only an end that could begin a placeholder', () => {
    expect(heldBack(Buffer.from(`abc${NONCE_PLACEHOLDER.slice(0, 5)}`))).toBe(5);
    expect(heldBack(Buffer.from('ab.'))).toBe(0);
    expect(heldBack(Buffer.from(`abc${NONCE_PLACEHOLDER}`))).toBe(0);
  });
});

describe('secureResponse', () => {
  const body = page('<!doctype html><script nonce="', '"></script><p>', '</p><script nonce="', '"></script>');
  let server: http.Server;
  let cut = 0;

  beforeAll(async () => {
    // Writes the page in two chunks cut at the offset the test asks for, so that a placeholder
    // is split across them at every position.
    server = http.createServer((req, res) => {
      secureResponse(req, res);
      res.setHeader('content-type', req.url === '/json' ? 'application/json' : 'text/html; charset=utf-8');
      const bytes = Buffer.from(body);
      res.write(bytes.subarray(0, cut));
      res.end(bytes.subarray(cut));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('puts the policy’s nonce in place of the placeholder, wherever the chunks are cut', async () => {
    const port = (server.address() as AddressInfo).port;
    for (cut = 0; cut <= body.length; cut += 3) {
      const answer = await fetch(`http://127.0.0.1:${port}/`);
      const nonce = /'nonce-([\w-]+)'/.exec(answer.headers.get('content-security-policy') ?? '')?.[1];
      const text = await answer.text();
      expect(text).toBe(body.replaceAll(NONCE_PLACEHOLDER, nonce!));
      expect(text).not.toContain(NONCE_PLACEHOLDER);
    }
  });

  it('leaves other kinds of answer as they were', async () => {
    cut = 10;
    const port = (server.address() as AddressInfo).port;
    expect(await (await fetch(`http://127.0.0.1:${port}/json`)).text()).toBe(body);
  });
});
