import { cleanTypedNumber, MAX_INPUT_LENGTH, parsePhone, type CountryCode, type ParsedPhone, type PhoneError } from './phone';

export const MIN_PARTIAL_DIGITS = 4;

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'number'; phone: ParsedPhone }
  /** Not a whole number, but enough digits to look for reported numbers containing them. */
  | { kind: 'partial'; digits: string; problem: PhoneError }
  | { kind: 'invalid'; problem: PhoneError };

/** Decides what a search box entry is: a whole number, part of one, or neither. */
export function classifySearch(query: unknown, region: CountryCode): SearchOutcome {
  if (query === undefined || query === null || (typeof query === 'string' && query.trim() === '')) return { kind: 'empty' };
  const parsed = parsePhone(query, region);
  if (parsed.ok) return { kind: 'number', phone: parsed.phone };
  if (typeof query !== 'string' || query.length > MAX_INPUT_LENGTH) return { kind: 'invalid', problem: parsed.error };

  const cleaned = cleanTypedNumber(query);
  if (!cleaned.ok) return { kind: 'invalid', problem: cleaned.error };
  let digits = cleaned.text.replace(/\D/g, '');
  // Searches match the stored digits, which start with the country code: drop the prefixes
  // people dial before a number (00 or 011 abroad, a trunk 0 at home).
  if (!cleaned.text.startsWith('+')) digits = digits.replace(/^(?:00|011|0)/, '');
  if (digits.length < MIN_PARTIAL_DIGITS) {
    return {
      kind: 'invalid',
      problem: {
        code: 'TOO_SHORT',
        message: `Enter the whole number, or at least ${MIN_PARTIAL_DIGITS} digits of it to search for numbers containing them.`,
      },
    };
  }
  if (digits.length > 15) return { kind: 'invalid', problem: parsed.error };
  return { kind: 'partial', digits, problem: parsed.error };
}
