import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { listAuditEvents } from '@/db/queries/audit';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-verified-'));
const env = { ...process.env, PGLITE_DIR: path.join(dir, 'pglite'), DATABASE_URL: '' };

function verified(args: string[]) {
  const result = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/verified.ts', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run verified', () => {
  it('adds, lists and removes genuine numbers, audits each change, and refuses bad input clearly', { timeout: 240_000 }, async () => {
    const added = verified(['add', '--number', '+44 306 999 0123', '--organisation', 'Example Bank', '--source', 'https://bank.example/contact-us']);
    expect(added.status).toBe(0);
    expect(added.out).toContain('Added +44 306 999 0123 as the real number of Example Bank');

    expect(verified(['add', '--number', '+443069990123', '--organisation', 'Example Bank', '--source', 'https://bank.example/contact-us']).out).toContain(
      '+44 306 999 0123 is already in the registry',
    );
    const bad = verified(['add', '--number', '12', '--organisation', 'X', '--source', 'ftp://bank.example']);
    expect(bad.status).toBe(1);
    expect(bad.out).toMatch(/--number: .+\n--organisation: The name must be 2 to 120 characters long\.\n--source: Enter a full web address starting with https:\/\//);

    expect(verified(['list']).out).toMatch(/\+443069990123\tExample Bank\thttps:\/\/bank\.example\/contact-us\tverified by cli on \d{4}-\d{2}-\d{2}/);
    const removed = verified(['remove', '--number', '+44 306 999 0123']);
    expect(removed.out).toContain('Removed +44 306 999 0123 from the registry.');
    expect(verified(['list']).out).toContain('The registry is empty.');
    expect(verified(['remove', '--number', '+44 306 999 0123']).out).toContain('not in the registry');

    const handle = await openDatabase({ engine: 'pglite', dir: env.PGLITE_DIR });
    try {
      const { rows } = await listAuditEvents(handle.db, { limit: 10 });
      expect(rows.map((event) => [event.action, event.actorLabel, event.subjectId])).toEqual([
        ['verified_number.remove', 'cli', '+443069990123'],
        ['verified_number.add', 'cli', '+443069990123'],
      ]);
    } finally {
      await handle.close();
    }
  });
});
