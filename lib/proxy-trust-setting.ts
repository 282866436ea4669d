/**
 * Which peers may speak for the client (`TRUST_PROXY`): nobody (0), the nearest N proxies, or
 * proxies at the addresses and CIDR blocks listed. Only a trusted peer's `X-Forwarded-For`,
 * `X-Forwarded-Host`, `X-Forwarded-Proto` and `Forwarded` reach the app; anyone else's are
 * dropped (lib/proxy-trust.ts), so a client cannot claim another address, or another host to
 * pass the server actions' origin check. Read here without Node's own modules, since the
 * settings are read in every bundle.
 */
export type ProxyTrust =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'list'; blocks: Array<{ address: string; prefix: number; family: 4 | 6 }> };

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function ipFamily(address: string): 0 | 4 | 6 {
  if (IPV4.test(address)) return 4;
  if (!/^[0-9a-f:.]+$/i.test(address) || !address.includes(':')) return 0;
  try {
    return new URL(`http://[${address}]/`).hostname ? 6 : 0;
  } catch {
    return 0;
  }
}

/** Reads `TRUST_PROXY`: a count from 0 to 10, or addresses and CIDR blocks separated by commas. */
export function parseProxyTrust(value: string | undefined): { ok: true; trust: ProxyTrust } | { ok: false; message: string } {
  const text = (value ?? '').trim();
  if (text === '' || text === '0') return { ok: true, trust: { kind: 'none' } };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { ok: true, trust: { kind: 'hops', hops } } : { ok: false, message: 'must be a number of proxies from 0 to 10, or a list of addresses' };
  }
  const blocks: Array<{ address: string; prefix: number; family: 4 | 6 }> = [];
  for (const part of text.split(',').map((piece) => piece.trim()).filter(Boolean)) {
    const [address = '', bits, ...rest] = part.split('/');
    const family = ipFamily(address);
    const most = family === 6 ? 128 : 32;
    const prefix = bits === undefined ? most : /^\d+$/.test(bits) ? Number(bits) : NaN;
    if (family === 0 || rest.length > 0 || !(prefix >= 0 && prefix <= most)) {
      return { ok: false, message: `"${part}" is not an address or a CIDR block such as 10.0.0.0/8 or fd00::/8` };
    }
    blocks.push({ address, prefix, family });
  }
  return { ok: true, trust: { kind: 'list', blocks } };
}
