import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { derivedKey } from './secrets';

/**
 * Each form the server renders carries a signed token: its id makes a submission exactly-once
 * (a double click or a retried POST finds the report already made), and its time lets us notice
 * a form sent back faster than a person can fill it in.
 */
export interface FormToken {
  id: string;
  issuedAt: number;
}

export function issueFormToken(now: number = Date.now()): string {
  const body = `${randomUUID()}.${now}`;
  return `${body}.${sign(body)}`;
}

export function readFormToken(token: unknown): FormToken | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const match = token.match(/^([0-9a-f-]{36})\.(\d{13})\.([0-9a-f]{64})$/);
  if (!match) return null;
  const [, id = '', issued = '', signature = ''] = match;
  const expected = Buffer.from(sign(`${id}.${issued}`), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { id, issuedAt: Number(issued) };
}

function sign(body: string): string {
  return createHmac('sha256', derivedKey('form-token')).update(body).digest('hex');
}
