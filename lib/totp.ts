import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { SITE_NAME } from './site';
import { derivedKey } from './secrets';

/**
 * Optional second factor for staff: time-based one-time codes (RFC 6238, 30-second steps) from
 * any authenticator app. The secret is stored encrypted; each code works once.
 */
const PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, account: string): string {
  return new TOTP({ issuer: SITE_NAME, label: account, secret: Secret.fromBase32(secretBase32), period: PERIOD_SECONDS }).toString();
}

/** The time step of a valid code (one step either side is allowed for clock drift), else null. */
export function totpStep(secretBase32: string, code: unknown, now: number = Date.now()): number | null {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code.replace(/\s/g, ''))) return null;
  const delta = TOTP.validate({ token: code.replace(/\s/g, ''), secret: Secret.fromBase32(secretBase32), period: PERIOD_SECONDS, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

export function currentTotpCode(secretBase32: string, now: number = Date.now()): string {
  return TOTP.generate({ secret: Secret.fromBase32(secretBase32), period: PERIOD_SECONDS, timestamp: now });
}

function key(): Buffer {
  return createHash('sha256').update(derivedKey('totp-secret')).digest();
}

export function encryptTotpSecret(secretBase32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const encrypted = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), encrypted].map((part) => part.toString('base64url')).join('.');
}

export function decryptTotpSecret(stored: string): string | null {
  try {
    const [iv, tag, encrypted] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', key(), iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(encrypted!), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
