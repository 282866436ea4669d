import { describe, expect, it } from 'vitest';
import { hashIp, normalizeIp } from './ip';

describe('IP hashing', () => {
  it('is stable, keyed and never the address itself', () => {
    expect(hashIp('203.0.113.7')).toBe(hashIp('203.0.113.7'));
    expect(hashIp('203.0.113.7')).not.toBe(hashIp('203.0.113.8'));
    expect(hashIp('203.0.113.7')).toMatch(/^[0-9a-f]{32}$/);
    expect(hashIp('203.0.113.7')).not.toContain('203');
  });

  it('treats an IPv6 /64 as one subscriber, and IPv4-mapped addresses as IPv4', () => {
    expect(hashIp('2001:db8:1:2::1')).toBe(hashIp('2001:0db8:0001:0002:ffff::9'));
    expect(hashIp('2001:db8:1:2::1')).not.toBe(hashIp('2001:db8:1:3::1'));
    expect(normalizeIp('::ffff:198.51.100.4')).toBe('198.51.100.4');
  });

  it('gives nothing for something that is not an address', () => {
    expect(hashIp(undefined)).toBeNull();
    expect(hashIp('not an ip')).toBeNull();
  });
});
