import { createHmac, timingSafeEqual } from 'node:crypto';
import { derivedKey } from './secrets';

/**
 * The confirmation page shows a pending report's contents only to the browser that sent it: the
 * action leaves a signed receipt naming the reference, and anyone else who learns the reference
 * sees its status, never its text.
 */
export const RECEIPT_COOKIE = 'report_receipt';
export const RECEIPT_MAX_AGE_SECONDS = 24 * 60 * 60;

export function signReceipt(reference: string): string {
  return `${reference}.${mac(reference)}`;
}

export function receiptMatches(cookie: string | undefined, reference: string): boolean {
  if (!cookie) return false;
  const dot = cookie.lastIndexOf('.');
  if (dot < 0 || cookie.slice(0, dot) !== reference) return false;
  const given = Buffer.from(cookie.slice(dot + 1), 'hex');
  const expected = Buffer.from(mac(reference), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function mac(reference: string): string {
  return createHmac('sha256', derivedKey('receipt')).update(reference).digest('hex').slice(0, 32);
}
