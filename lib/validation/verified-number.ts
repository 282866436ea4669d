import { z } from 'zod';
import { parsePhone, type CountryCode, type ParsedPhone } from '../phone';
import { cleanText, visibleLength } from '../text';

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

export function createVerifiedNumberSchema(region: CountryCode | null) {
  return z.record(z.string(), z.unknown()).transform((raw, ctx): VerifiedNumberInput => {
    const fail = (path: VerifiedNumberField, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });

    let phone: ParsedPhone | null = null;
    if (typeof raw.number !== 'string' || raw.number.trim() === '') fail('number', 'Enter the organisation’s number, with its country code.');
    else {
      const parsed = parsePhone(raw.number, region);
      if (parsed.ok) phone = parsed.phone;
      else fail('number', parsed.error.message);
    }

    let organisation: string | null = null;
    const cleaned = typeof raw.organisation === 'string' ? cleanText(raw.organisation) : null;
    if (!cleaned || (cleaned.ok && cleaned.text === '')) fail('organisation', 'Enter the organisation’s name as people know it, such as “Example Bank”.');
    else if (!cleaned.ok) fail('organisation', cleaned.message);
    else if (visibleLength(cleaned.text) < 2 || visibleLength(cleaned.text) > ORGANISATION_MAX) fail('organisation', `The name must be 2 to ${ORGANISATION_MAX} characters long.`);
    else organisation = cleaned.text;

    let sourceUrl: string | null = null;
    const source = typeof raw.source === 'string' ? raw.source.trim() : '';
    const url = source.length <= SOURCE_MAX ? z.url({ protocol: /^https?$/ }).safeParse(source) : null;
    if (source === '') fail('source', 'Enter the address of the page where the organisation publishes this number.');
    else if (!url?.success) fail('source', 'Enter a full web address starting with https://, at most 500 characters.');
    else sourceUrl = url.data;

    let disputeId: number | null = null;
    if (raw.disputeId !== undefined && raw.disputeId !== null && raw.disputeId !== '') {
      if (typeof raw.disputeId === 'string' && /^\d{1,15}$/.test(raw.disputeId)) disputeId = Number(raw.disputeId);
      else fail('disputeId', 'That owner’s statement was not understood; open it again from the statements page.');
    }

    if (!phone || !organisation || !sourceUrl) return z.NEVER;
    return { phone, organisation, sourceUrl, disputeId };
  });
}
