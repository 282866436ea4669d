import { BlockList, isIP } from 'node:net';
import type { ProxyTrust } from './proxy-trust-setting';

export { parseProxyTrust, type ProxyTrust } from './proxy-trust-setting';

export const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip'] as const;

const blockLists = new WeakMap<object, BlockList>();

function blockList(trust: Extract<ProxyTrust, { kind: 'list' }>): BlockList {
  let list = blockLists.get(trust);
  if (!list) {
    list = new BlockList();
    for (const block of trust.blocks) list.addSubnet(block.address, block.prefix, block.family === 6 ? 'ipv6' : 'ipv4');
    blockLists.set(trust, list);
  }
  return list;
}

function trusted(trust: ProxyTrust, address: string | undefined): boolean {
  if (!address || trust.kind !== 'list') return false;
  const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  const family = isIP(plain);
  return family !== 0 && blockList(trust).check(plain, family === 6 ? 'ipv6' : 'ipv4');
}

/** Whether the direct peer may set the forwarding headers. */
export function peerIsTrusted(trust: ProxyTrust, remoteAddress: string | undefined): boolean {
  return trust.kind === 'hops' || trusted(trust, remoteAddress);
}

/**
 * The client's address: the peer itself, unless it is a trusted proxy. Then `X-Forwarded-For`
 * is read from the right: past N hops, or past every listed proxy, to the first address no
 * trusted proxy added. A malformed entry there ends the walk at the last good one.
 */
export function clientAddress(trust: ProxyTrust, remoteAddress: string | undefined, forwardedFor: string | undefined): string | null {
  if (!peerIsTrusted(trust, remoteAddress) || !forwardedFor) return remoteAddress ?? null;
  const chain = forwardedFor
    .slice(0, 2_000)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (trust.kind === 'hops') {
    const candidate = chain[chain.length - trust.hops];
    return candidate && isIP(candidate) ? candidate : (remoteAddress ?? null);
  }
  let client = remoteAddress ?? null;
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const hop = chain[i]!;
    if (!isIP(hop)) break;
    client = hop;
    if (!trusted(trust, hop)) break;
  }
  return client;
}
