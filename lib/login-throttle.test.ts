import { describe, expect, it } from 'vitest';
import { loginDelaySeconds, MAX_DELAY_SECONDS, noteFailedLogin, tooManyFromAddress } from './login-throttle';

describe('login throttling', () => {
  it('lets five attempts through, then doubles the wait, never beyond a minute', () => {
    expect([0, 4, 5, 6, 7, 10, 20, 1000].map(loginDelaySeconds)).toEqual([0, 0, 1, 2, 4, 32, MAX_DELAY_SECONDS, MAX_DELAY_SECONDS]);
  });

  it('stops an address after 30 failures in 15 minutes, and forgets them afterwards', () => {
    const start = 1_800_000_000_000;
    for (let i = 0; i < 29; i += 1) noteFailedLogin('address-a', start + i);
    expect(tooManyFromAddress('address-a', start + 100)).toBe(false);
    noteFailedLogin('address-a', start + 200);
    expect(tooManyFromAddress('address-a', start + 300)).toBe(true);
    expect(tooManyFromAddress('address-b', start + 300)).toBe(false);
    expect(tooManyFromAddress('address-a', start + 16 * 60 * 1000)).toBe(false);
  });
});
