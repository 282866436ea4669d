import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import { derivedKey } from './secrets';

/**
 * A keyed hash of a client address: the same address always gives the same hash (for rate limits
 * and spotting one sender behind many reports), but the hash cannot be turned back into the
 * address without the key. IPv6 is hashed by its /64, the block one subscriber usually holds.
 */
export function hashIp(ip: string | null | undefined): string | null {
  const normalized = normalizeIp(ip);
  if (!normalized) return null;
  return createHmac('sha256', derivedKey('ip-hash')).update(normalized).digest('hex').slice(0, 32);
}

export function normalizeIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  let address = ip.trim();
  if (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = address.includes('::') ? 8 - left.length - right.length : 0;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((part) => part.replace(/^0+(?=.)/, ''));
}

/** Set by the server on every request; the app reads the client's address only from here. */
export const CLIENT_IP_HEADER = 'x-portal-client-ip';
