import { randomBytes } from 'node:crypto';

// Crockford's base 32: no I, L, O or U, so a code read aloud over the phone survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PATTERN = /^(SR|SD)-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export type ReferencePrefix = 'SR' | 'SD';

/** A public reference such as SR-4K7M-Q2XD: 40 random bits, prefix SR for reports, SD for disputes. */
export function createReference(prefix: ReferencePrefix = 'SR', bytes: Uint8Array = randomBytes(5)): string {
  let bits = 0n;
  for (const byte of bytes.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 8; i += 1) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `${prefix}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Reads a reference as a person might type it: any case, spaces, and the letters people confuse. */
export function normalizeReference(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const compact = input
    .toUpperCase()
    .replace(/[\s_\u2010-\u2015-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (!/^(SR|SD)[0-9A-Z]{8}$/.test(compact)) return null;
  const reference = `${compact.slice(0, 2)}-${compact.slice(2, 6)}-${compact.slice(6)}`;
  return PATTERN.test(reference) ? reference : null;
}
