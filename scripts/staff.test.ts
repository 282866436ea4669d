import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-staff-'));
const env = { ...process.env, PGLITE_DIR: path.join(dir, 'pglite'), DATABASE_URL: '' };

function staff(args: string[], input?: string) {
  const result = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/staff.ts', ...args], { env, input, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run staff', () => {
  it('adds, lists, disables and re-enables staff, and refuses bad input clearly', { timeout: 240_000 }, () => {
    const added = staff(['add', '--email', 'Lead@Example.org', '--role', 'admin', '--name', 'Lead'], undefined);
    expect(added.status).toBe(0);
    expect(added.out).toMatch(/Added admin lead@example\.org\.\nPassword \(shown once\): [A-Za-z0-9]{20}/);

    const fromStdin = staff(['add', '--email', 'mod@example.org', '--role', 'moderator', '--password-stdin'], 'a long enough passphrase\n');
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.out).not.toContain('a long enough passphrase');

    expect(staff(['add', '--email', 'mod@example.org', '--role', 'moderator']).out).toContain('There is already an account for mod@example.org');
    expect(staff(['add', '--email', 'x@example.org', '--role', 'moderator', '--password-stdin'], 'short\n').out).toContain('Use at least 12 characters');
    expect(staff(['add', '--email', 'not-an-email', '--role', 'admin']).status).toBe(1);
    expect(staff(['add', '--email', 'y@example.org', '--role', 'owner']).out).toContain('--role is one of: moderator, admin');

    expect(staff(['disable', '--email', 'mod@example.org']).status).toBe(0);
    const list = staff(['list']);
    expect(list.out).toContain('lead@example.org\tadmin\tactive');
    expect(list.out).toContain('mod@example.org\tmoderator\tdisabled');
    expect(staff(['enable', '--email', 'mod@example.org']).status).toBe(0);
    expect(staff(['set-role', '--email', 'mod@example.org', '--role', 'admin']).out).toContain('set-role: done');
    expect(staff(['reset-2fa', '--email', 'nobody@example.org']).out).toContain('There is no account for nobody@example.org');
    expect(staff(['unlock', '--email', 'MOD@example.org']).out).toContain('unlock: forgot 0 failed or refused sign-in attempts for mod@example.org.');
    expect(staff(['unlock', '--email', 'nobody@example.org']).out).toContain('There is no account for nobody@example.org');
  });
});
