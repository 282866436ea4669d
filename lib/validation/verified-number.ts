import { z } from 'zod';
import type { CountryCode, ParsedPhone } from '../phone';
import { cleanText, visibleLength } from '../text';
import { answered, parseEach, phoneField } from './fields';

/** An entry in the registry of organisations' genuine numbers: the staff form and the CLI. */
export const VERIFIED_NUMBER_FIELDS = ['number', 'organisation', 'source', 'disputeId'] as const;
export type VerifiedNumberField = (typeof VERIFIED_NUMBER_FIELDS)[number];
export type VerifiedNumberValues = Partial<Record<VerifiedNumberField, string>>;

export const ORGANISATION_MAX = 120;
export const SOURCE_MAX = 500;

export interface VerifiedNumberInput {
  phone: ParsedPhone;
  organisation: string;
  sourceUrl: string;
  disputeId: number | null;
}

const organisationField = z.unknown().optional().transform((value, ctx): string => {
  const cleaned = typeof value === 'string' ? cleanText(value) : null;
  if (!cleaned || (cleaned.ok && cleaned.text === '')) ctx.addIssue({ code: 'custom', message: 'Enter the organisation’s name as people know it, such as “Example Bank”.' });
  else if (!cleaned.ok) ctx.addIssue({ code: 'custom', message: cleaned.message });
  else if (visibleLength(cleaned.text) < 2 || visibleLength(cleaned.text) > ORGANISATION_MAX) ctx.addIssue({ code: 'custom', message: `The name must be 2 to ${ORGANISATION_MAX} characters long.` });
  else return cleaned.text;
  return z.NEVER;
});

const sourceField = z.unknown().optional().transform((value, ctx): string => {
  const source = typeof value === 'string' ? value.trim() : '';
  const url = source.length <= SOURCE_MAX ? z.url({ protocol: /^https?$/ }).safeParse(source) : null;
  if (source === '') ctx.addIssue({ code: 'custom', message: 'Enter the address of the page where the organisation publishes this number.' });
  else if (!url?.success) ctx.addIssue({ code: 'custom', message: 'Enter a full web address starting with https://, at most 500 characters.' });
  else return url.data;
  return z.NEVER;
});

const disputeIdField = z.unknown().optional().transform((value, ctx): number | null => {
  if (!answered(value)) return null;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  ctx.addIssue({ code: 'custom', message: 'That owner’s statement was not understood; open it again from the statements page.' });
  return z.NEVER;
});

export function createVerifiedNumberSchema(region: CountryCode | null) {
  const shape = {
    number: phoneField(region, 'Enter the organisation’s number, with its country code.'),
    organisation: organisationField,
    source: sourceField,
    disputeId: disputeIdField,
  };
  return z.record(z.string(), z.unknown()).transform((raw, ctx): VerifiedNumberInput => {
    const { values, issues } = parseEach(shape, raw);
    for (const problem of issues) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    if (issues.length > 0 || !values.number || !values.organisation || !values.source) return z.NEVER;
    return { phone: values.number, organisation: values.organisation, sourceUrl: values.source, disputeId: values.disputeId ?? null };
  });
}
