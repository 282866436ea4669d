import { z } from 'zod';
import { cleanText, visibleLength } from '../text';

/** A number owner's statement that their number is being spoofed or wrongly listed. */
export const DISPUTE_FIELDS = ['statement', 'heldSince', 'contact', 'declaration'] as const;
export type DisputeField = (typeof DISPUTE_FIELDS)[number];
export type DisputeFormValues = Partial<Record<DisputeField, string>>;

export const STATEMENT_MIN = 20;
export const STATEMENT_MAX = 2_000;
export const CONTACT_MAX = 200;

export interface DisputeInput {
  statement: string;
  /** Since when the owner has had the number, if they say: older reports were about someone else. */
  heldSince: string | null;
  contact: string | null;
}

export function createDisputeSchema(now: Date = new Date()) {
  return z.record(z.string(), z.unknown()).transform((raw, ctx): DisputeInput => {
    const fail = (path: DisputeField, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });

    let statement: string | null = null;
    if (typeof raw.statement !== 'string' || raw.statement.trim() === '') {
      fail('statement', 'Tell us why this number is yours and what is happening.');
    } else {
      const cleaned = cleanText(raw.statement, { multiline: true });
      if (!cleaned.ok) fail('statement', cleaned.message);
      else if (visibleLength(cleaned.text) < STATEMENT_MIN) fail('statement', `Please write at least ${STATEMENT_MIN} characters, so our staff can understand.`);
      else if (visibleLength(cleaned.text) > STATEMENT_MAX) fail('statement', `Please keep it under ${STATEMENT_MAX.toLocaleString('en')} characters.`);
      else statement = cleaned.text;
    }

    let heldSince: string | null = null;
    if (raw.heldSince !== undefined && raw.heldSince !== null && raw.heldSince !== '') {
      const value = typeof raw.heldSince === 'string' ? raw.heldSince : '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) fail('heldSince', 'Enter the date you got the number, for example 2025-03-14, or leave it empty.');
      else if (value > now.toISOString().slice(0, 10)) fail('heldSince', 'The date cannot be in the future.');
      else if (value < '1990-01-01') fail('heldSince', 'Check the year: the date is too long ago.');
      else heldSince = value;
    }

    let contact: string | null = null;
    if (raw.contact !== undefined && raw.contact !== null && raw.contact !== '') {
      const cleaned = typeof raw.contact === 'string' ? cleanText(raw.contact) : null;
      if (!cleaned?.ok || visibleLength(cleaned.text) > CONTACT_MAX) fail('contact', `Enter an email address or phone number (at most ${CONTACT_MAX} characters), or leave it empty.`);
      else contact = cleaned.text || null;
    }

    if (raw.declaration !== 'on') fail('declaration', 'Please confirm that this is your number, or that you are responsible for it.');
    if (!statement) return z.NEVER;
    return { statement, heldSince, contact };
  });
}
