import { describe, expect, it } from 'vitest';
import { currentTotpCode, decryptTotpSecret, encryptTotpSecret, hashRecoveryCode, newTotpSecret, readRecoveryCode, recoveryCodesFor, totpStep, totpUri } from './totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = 1_800_000_000_000;

  it('accepts the current code and its neighbours, and gives its time step', () => {
    expect(totpStep(secret, currentTotpCode(secret, now), now)).toBe(60_000_000);
    expect(totpStep(secret, currentTotpCode(secret, now - 30_000), now)).toBe(59_999_999);
    expect(totpStep(secret, currentTotpCode(secret, now - 90_000), now)).toBeNull();
  });

  it('refuses anything that is not six digits', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', undefined, ['123456']]) expect(totpStep(secret, code, now)).toBeNull();
  });

  it('makes an otpauth URI for authenticator apps', () => {
    expect(totpUri(secret, 'mod@example.org')).toMatch(/^otpauth:\/\/totp\/Scam%20Number%20Check:mod%40example\.org\?issuer=Scam%20Number%20Check&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/);
  });

  it('stores the secret encrypted, and detects tampering', () => {
    const stored = encryptTotpSecret(secret);
    expect(stored).not.toContain(secret);
    expect(decryptTotpSecret(stored)).toBe(secret);
    expect(decryptTotpSecret(`${stored.slice(0, -2)}AA`)).toBeNull();
  });
});

describe('recovery codes', () => {
  it('are ten different codes, the same while the set-up is pending, new with a new key', () => {
    const secret = newTotpSecret();
    const codes = recoveryCodesFor(secret);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
    expect(recoveryCodesFor(secret)).toEqual(codes);
    expect(recoveryCodesFor(newTotpSecret())).not.toEqual(codes);
  });

  it('are read however they are typed, and nothing else is taken for one', () => {
    expect(readRecoveryCode('abcde-fghjk')).toBe('ABCDEFGHJK');
    expect(readRecoveryCode(' ABCDE FGHJK ')).toBe('ABCDEFGHJK');
    expect(readRecoveryCode('123456')).toBeNull();
    expect(readRecoveryCode('ABCDE-FGHJ')).toBeNull();
    expect(readRecoveryCode(undefined)).toBeNull();
  });

  it('are kept as a hash tied to the account', () => {
    expect(hashRecoveryCode('a', 'ABCDE-FGHJK')).toBe(hashRecoveryCode('a', 'abcdefghjk'));
    expect(hashRecoveryCode('a', 'ABCDE-FGHJK')).not.toBe(hashRecoveryCode('b', 'ABCDE-FGHJK'));
    expect(hashRecoveryCode('a', 'ABCDE-FGHJK')).not.toContain('ABCDE');
  });
});
