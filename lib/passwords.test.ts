import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('passwords', () => {
  it('are stored as argon2id with at least 19 MiB and 2 passes, and verify', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery stapler')).toBe(false);
  });

  it('answer an unknown account with a plain no, after the same work', async () => {
    expect(await verifyPassword(null, 'anything at all')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything at all')).toBe(false);
  });

  it('must be long enough', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('a long enough passphrase')).toBeNull();
    expect(passwordProblem(undefined)).toBe('Enter a password.');
  });
});
