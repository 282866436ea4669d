import { describe, expect, it } from 'vitest';
import { issueFormToken, readFormToken } from './form-token';

describe('form tokens', () => {
  it('round-trip their id and issue time', () => {
    const token = issueFormToken(1_790_000_000_000);
    expect(readFormToken(token)).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), issuedAt: 1_790_000_000_000 });
  });

  it('are unique', () => {
    expect(readFormToken(issueFormToken())!.id).not.toBe(readFormToken(issueFormToken())!.id);
  });

  it('refuse any change, and anything that is not a token', () => {
    const token = issueFormToken(1_790_000_000_000);
    expect(readFormToken(token.replace('.1790000000000.', '.1790000009999.'))).toBeNull();
    expect(readFormToken(`${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`)).toBeNull();
    for (const value of [undefined, '', 'abc', 42, [token], 'x'.repeat(500)]) expect(readFormToken(value)).toBeNull();
  });
});
