import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-serve-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function serve(env: Record<string, string>) {
  // As `npm start` runs it: the server compiled to JavaScript.
  const result = spawnSync(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PGLITE_DIR: path.join(dir, 'pglite'), DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm start with several processes', () => {
  it('refuses WEB_CONCURRENCY above 1 on the embedded database, saying why and what to do', () => {
    const refused = serve({ WEB_CONCURRENCY: '2' });
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('WEB_CONCURRENCY=2 needs PostgreSQL: the embedded database can be opened by one process only. Set DATABASE_URL, or leave WEB_CONCURRENCY at 1.');
    // Nothing was opened or created.
    expect(fs.existsSync(path.join(dir, 'pglite'))).toBe(false);
  });

  it('refuses a WEB_CONCURRENCY that is not a number of processes', () => {
    const refused = serve({ WEB_CONCURRENCY: 'many' });
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('WEB_CONCURRENCY must be a number');
  });
});
