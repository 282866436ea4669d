import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { SITE_NAME } from './site';
import { derivedKey } from './secrets';

/**
 * The second factor for staff (required for admins): time-based one-time codes (RFC 6238,
 * 30-second steps) from any authenticator app. The secret is stored encrypted; each code works once.
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

/**
 * Recovery codes: ten single-use codes, for the day the phone with the app is lost. They are
 * derived from the pending secret, so the set-up page can show them for as long as it shows the
 * QR code without keeping them anywhere; once the app is confirmed, only their hashes are kept.
 */
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const RECOVERY_CODE = /^[A-Z2-9]{5}-?[A-Z2-9]{5}$/;

export function recoveryCodesFor(secretBase32: string): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, (_, index) => {
    const bytes = createHmac('sha256', derivedKey('recovery-codes')).update(`${secretBase32}:${index}`).digest();
    const letters = Array.from(bytes.subarray(0, 10), (byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join('');
    return `${letters.slice(0, 5)}-${letters.slice(5)}`;
  });
}

/** The code as typed, tidied (case, spaces), if it has the shape of a recovery code. */
export function readRecoveryCode(code: unknown): string | null {
  if (typeof code !== 'string') return null;
  const tidy = code.replace(/\s/g, '').toUpperCase();
  return RECOVERY_CODE.test(tidy) ? tidy.replace('-', '') : null;
}

/** What is kept of a recovery code: a keyed hash, tied to its account. */
export function hashRecoveryCode(userId: string, code: string): string {
  return createHmac('sha256', derivedKey('recovery-code-hash')).update(`${userId}:${code.replace('-', '').toUpperCase()}`).digest('hex');
}
