import { z } from 'zod';
import { checkboxField, dateField, parseEach, requiredText } from './fields';
import { cleanText, visibleLength } from '../text';

/** A number owner's statement that their number is being spoofed or wrongly listed. */
export const DISPUTE_FIELDS = ['statement', 'heldSince', 'contact', 'declaration'] as const;
export type DisputeField = (typeof DISPUTE_FIELDS)[number];

export const STATEMENT_MIN = 20;
export const STATEMENT_MAX = 2_000;
export const CONTACT_MAX = 200;

export interface DisputeInput {
  statement: string;
  /** Since when the owner has had the number, if they say: older reports were about someone else. */
  heldSince: string | null;
  contact: string | null;
}

const CONTACT_PROBLEM = `Enter an email address or phone number (at most ${CONTACT_MAX} characters), or leave it empty.`;

export function createDisputeSchema(now: Date = new Date()) {
  const shape = {
    statement: requiredText({
      min: STATEMENT_MIN,
      max: STATEMENT_MAX,
      missing: 'Tell us why this number is yours and what is happening.',
      tooShort: `Please write at least ${STATEMENT_MIN} characters, so our staff can understand.`,
    }),
    heldSince: dateField({ latest: now.toISOString().slice(0, 10), missing: 'Enter the date you got the number, for example 2025-03-14, or leave it empty.', optional: true }),
    contact: z.unknown().optional().transform((value, ctx): string | null => {
      if (value === undefined || value === null || value === '') return null;
      const cleaned = typeof value === 'string' ? cleanText(value) : null;
      if (cleaned?.ok && visibleLength(cleaned.text) <= CONTACT_MAX) return cleaned.text || null;
      ctx.addIssue({ code: 'custom', message: CONTACT_PROBLEM });
      return z.NEVER;
    }),
    declaration: checkboxField('Please confirm that this is your number, or that you are responsible for it.'),
  };
  return z.record(z.string(), z.unknown()).transform((raw, ctx): DisputeInput => {
    const { values, issues } = parseEach(shape, raw);
    for (const problem of issues) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    if (issues.length > 0 || !values.statement) return z.NEVER;
    return { statement: values.statement, heldSince: values.heldSince ?? null, contact: values.contact ?? null };
  });
}
