import { describe, expect, it } from 'vitest';
import { clientAddress, parseProxyTrust, peerIsTrusted, type ProxyTrust } from './proxy-trust';

function trust(text: string): ProxyTrust {
  const read = parseProxyTrust(text);
  if (!read.ok) throw new Error(read.message);
  return read.trust;
}

describe('TRUST_PROXY', () => {
  it('reads nobody, a number of hops, or addresses and CIDR blocks', () => {
    expect(trust('')).toEqual({ kind: 'none' });
    expect(trust('0')).toEqual({ kind: 'none' });
    expect(trust('2')).toEqual({ kind: 'hops', hops: 2 });
    expect(trust('10.0.0.0/8, 127.0.0.1, fd00::/8').kind).toBe('list');
    for (const bad of ['11', '-1', 'proxy.example', '10.0.0.0/33', '10.0.0.0/8/1', 'fd00::/129', '10.0.0.0/x']) {
      expect(parseProxyTrust(bad).ok, bad).toBe(false);
    }
  });

  it('believes nobody’s forwarding headers without a trusted proxy', () => {
    const none = trust('0');
    expect(peerIsTrusted(none, '203.0.113.9')).toBe(false);
    expect(clientAddress(none, '203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
  });

  it('counts hops from the right', () => {
    expect(clientAddress(trust('1'), '10.0.0.2', '198.51.100.7, 203.0.113.1')).toBe('203.0.113.1');
    expect(clientAddress(trust('2'), '10.0.0.2', '198.51.100.7, 203.0.113.1')).toBe('198.51.100.7');
    expect(clientAddress(trust('1'), '10.0.0.2', 'not-an-address')).toBe('10.0.0.2');
  });

  it('with a list, trusts only listed peers, and walks past listed proxies to the client', () => {
    const listed = trust('10.0.0.0/8, ::1');
    expect(peerIsTrusted(listed, '10.1.2.3')).toBe(true);
    expect(peerIsTrusted(listed, '::ffff:10.1.2.3')).toBe(true);
    expect(peerIsTrusted(listed, '203.0.113.9')).toBe(false);
    // A client that is not a proxy cannot claim an address.
    expect(clientAddress(listed, '203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
    // Two listed proxies in a row; whatever the client wrote before them is ignored.
    expect(clientAddress(listed, '10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.5')).toBe('198.51.100.7');
    expect(clientAddress(listed, '::1', '2001:db8::1')).toBe('2001:db8::1');
  });
});
