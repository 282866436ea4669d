import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_METRICS_TOKEN, E2E_STAFF } from './staff';

/**
 * Runs after every other e2e project (see playwright.config.ts), over the logs of the e2e server
 * and of the instances the tests started: every line is a JSON object, and none holds a
 * password, an authenticator key, a one-time or recovery code, a cookie or token, an email, an
 * IP address or a report's text.
 */
const E2E_DIR = path.join(import.meta.dirname, '..', '.e2e');

function logFiles(): string[] {
  const logs = path.join(E2E_DIR, 'logs');
  const instances = fs.existsSync(logs) ? fs.readdirSync(logs).map((name) => path.join(logs, name)) : [];
  return [path.join(E2E_DIR, 'server.log'), ...instances].filter((file) => fs.existsSync(file));
}

const SECRETS: Array<[string, RegExp | string]> = [
  ...Object.entries(E2E_STAFF).flatMap(([who, account]): Array<[string, string]> => [
    [`${who}'s password`, account.password],
    ...('totpKey' in account ? [[`${who}'s authenticator key`, account.totpKey] as [string, string]] : []),
  ]),
  ['the instances’ staff passwords', /(?:first|second|secret)-moderator-password/],
  ['the metrics token', E2E_METRICS_TOKEN],
  ['a session cookie', /authjs\.(?:session-token|csrf-token)=|__Secure-authjs/],
  ['a bearer token', /Bearer [A-Za-z0-9]/],
  ['an email address', /[\w.+-]+@[\w-]+\.(?:invalid|example|org|com|net)\b/i],
  ['an IPv4 address', /\b(?:\d{1,3}\.){3}\d{1,3}\b/],
  ['an IPv6 address', /\b(?:[0-9a-f]{1,4}:){5,7}[0-9a-f]{1,4}\b|::(?:ffff:)?[0-9a-f]{1,4}\b|\b[0-9a-f]{1,4}::/i],
  ['a recovery code', /\b[A-Z2-9]{5}-[A-Z2-9]{5}\b/],
  ['a report’s text', /said he was from my bank fraud team|window\.__naughty|A caller claimed to be my bank/],
  ['a one-time code field', /"code":"\d{6}"/],
];

test('the servers’ logs are JSON lines, and hold no password, code, cookie, email, IP or report text', () => {
  const files = logFiles();
  expect(files.length).toBeGreaterThan(0);
  // Gathered, then asserted once: an assertion per line would make this test the slowest of all.
  const problems: string[] = [];
  let lines = 0;
  let requests = 0;
  for (const file of files) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      lines += 1;
      const where = `${path.basename(file)}: ${line.slice(0, 300)}`;
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        problems.push(`not JSON: ${where}`);
        continue;
      }
      if (typeof entry.time !== 'string' || typeof entry.level !== 'number' || typeof entry.msg !== 'string') problems.push(`no time, level or msg: ${where}`);
      if (entry.msg === 'request') {
        requests += 1;
        if (!entry.reqId || String(entry.path).includes('?')) problems.push(`request line without an id, or with a query string: ${where}`);
      }
      // The database's own address (an instance's DATABASE_URL, a service's host:port in a
      // connection error) is not a visitor's.
      const scrubbed = line.replace(/postgres(?:ql)?:\/\/[^\s"),]+/g, 'postgres://…').replace(/\b(?:\d{1,3}\.){3}\d{1,3}:\d{2,5}\b/g, 'host:port');
      for (const [what, secret] of SECRETS) {
        if (typeof secret === 'string' ? scrubbed.includes(secret) : secret.test(scrubbed)) problems.push(`${what}: ${where}`);
      }
    }
  }
  expect(problems).toEqual([]);
  // The whole suite went through these servers.
  expect(requests).toBeGreaterThan(500);
  expect(lines).toBeGreaterThan(requests);
});
