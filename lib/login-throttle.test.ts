import { describe, expect, it } from 'vitest';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, hashLoginEmail, loginDelaySeconds, MAX_DELAY_SECONDS, refusalFor } from './login-throttle';

const none = { pairFailures: 0, sinceLastPairFailureMs: null, addressAttempts: 0, accountFailures: 0 };

describe('login throttling', () => {
  it('lets five attempts through, then doubles the wait, never beyond a minute', () => {
    expect([0, 4, 5, 6, 7, 10, 20, 1000].map(loginDelaySeconds)).toEqual([0, 0, 1, 2, 4, 32, MAX_DELAY_SECONDS, MAX_DELAY_SECONDS]);
  });

  it('makes one account from one address wait after five failures, and only until the wait is over', () => {
    expect(refusalFor({ ...none, pairFailures: 4, sinceLastPairFailureMs: 0 })).toBeNull();
    expect(refusalFor({ ...none, pairFailures: 5, sinceLastPairFailureMs: 10 })).toBe('wait');
    expect(refusalFor({ ...none, pairFailures: 5, sinceLastPairFailureMs: 1_000 })).toBeNull();
    expect(refusalFor({ ...none, pairFailures: 8, sinceLastPairFailureMs: 7_999 })).toBe('wait');
    expect(refusalFor({ ...none, pairFailures: 50, sinceLastPairFailureMs: 60_000 })).toBeNull();
  });

  it('stops a busy address, and an account guessed at from everywhere', () => {
    expect(refusalFor({ ...none, addressAttempts: ADDRESS_LIMIT - 1 })).toBeNull();
    expect(refusalFor({ ...none, addressAttempts: ADDRESS_LIMIT })).toBe('address');
    expect(refusalFor({ ...none, accountFailures: ACCOUNT_LIMIT - 1 })).toBeNull();
    expect(refusalFor({ ...none, accountFailures: ACCOUNT_LIMIT })).toBe('account');
  });

  it('counts an email under a keyed hash, the same however it is typed', () => {
    expect(hashLoginEmail(' Admin@Demo.invalid')).toBe(hashLoginEmail('admin@demo.invalid'));
    expect(hashLoginEmail('admin@demo.invalid')).not.toContain('admin');
    expect(hashLoginEmail('admin@demo.invalid')).not.toBe(hashLoginEmail('moderator@demo.invalid'));
  });
});
