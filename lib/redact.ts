import type { ReportInput } from './validation/report';
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';

/**
 * Writes the publishable version of what a reporter typed: personal and financial details are
 * replaced by a marker saying what was there. Moderators still see the original.
 */
export type RedactionKind = 'email' | 'phone' | 'card' | 'iban' | 'bank_account' | 'aadhaar' | 'pan' | 'upi' | 'code' | 'number';

export const REDACTION_MARKERS: Record<RedactionKind, string> = {
  email: '[email removed]',
  phone: '[phone number removed]',
  card: '[card number removed]',
  iban: '[bank account removed]',
  bank_account: '[bank account removed]',
  aadhaar: '[Aadhaar number removed]',
  pan: '[PAN removed]',
  upi: '[UPI ID removed]',
  code: '[code removed]',
  number: '[number removed]',
};

export interface RedactOptions {
  /** The numbers the report is about (E.164): they stay, since the report is public about them. */
  keepNumbers?: readonly string[];
  /** Where national-format numbers in the text are assumed to be from. */
  region?: CountryCode;
}

export interface Redaction {
  text: string;
  found: Partial<Record<RedactionKind, number>>;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// name@bank handles: an @ with no dot after the provider.
const UPI = /(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]{2,64}@[a-z][a-z0-9]{1,63}\b(?!\.[a-z])/giu;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
const CARD = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;
const AADHAAR = /(?<!\d)[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?!\d)/g;
const PAN = /\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b/gi;
const ACCOUNT = /\b(?:a\/c|acc(?:oun)?t?|account|sort code|ifsc)(?:\s*(?:no\.?|number|num|#))?\s*[:#.-]?\s*(\d[\d -]{4,22}\d)/gi;
const CODE_AFTER = /\b(?:otp|one[- ]time (?:password|passcode|code|pin)|verification code|security code|passcode|code|pin|cvv|cvc)\b(?:\s*(?:is|was|of|number|no\.?))?\s*[:=-]?\s*(\d{3,8})(?!\d)/gi;
const CODE_BEFORE = /(?<!\d)(\d{4,8})(?=\s*(?:is|was)?\s*(?:your|the|my)?\s*(?:otp|one[- ]time|verification code|security code|passcode)\b)/gi;
// Whatever long digit runs remain: account, customer or card numbers in forms we do not know.
// Figures with grouping commas or decimals ("5,00,000", "1,250.00") are amounts and stay.
const LONG_DIGITS = /(?<!\d|\d[.,])\d(?:[ -]?\d){8,}(?!\d|[.,]\d)/g;

export function redact(input: string, { keepNumbers = [], region }: RedactOptions = {}): Redaction {
  const found: Partial<Record<RedactionKind, number>> = {};
  const kept: string[] = [];
  const note = (kind: RedactionKind) => {
    found[kind] = (found[kind] ?? 0) + 1;
    return REDACTION_MARKERS[kind];
  };
  // Kept numbers are parked behind placeholders so no later rule touches them.
  const park = (original: string) => {
    kept.push(original);
    return `\u0000${kept.length - 1}\u0000`;
  };

  let text = input.replace(EMAIL, () => note('email'));
  text = replaceSpans(text, findPhones(text, region), (span) => (keepNumbers.includes(span.e164) ? park(span.text) : note('phone')));
  text = text.replace(IBAN, (match) => (isValidIban(match) ? note('iban') : match));
  text = text.replace(CARD, (match) => (luhnValid(match.replace(/\D/g, '')) ? note('card') : match));
  text = text.replace(AADHAAR, (match) => (verhoeffValid(match.replace(/\D/g, '')) ? note('aadhaar') : match));
  text = text.replace(PAN, () => note('pan'));
  text = text.replace(UPI, () => note('upi'));
  text = text.replace(ACCOUNT, (match, digits: string) => match.replace(digits, note('bank_account')));
  text = text.replace(CODE_AFTER, (match, digits: string) => match.replace(digits, note('code')));
  text = text.replace(CODE_BEFORE, () => note('code'));
  text = text.replace(LONG_DIGITS, () => note('number'));
  text = text.replace(/\u0000(\d+)\u0000/g, (_match, index: string) => kept[Number(index)] ?? '');
  return { text, found };
}

interface PhoneSpan {
  start: number;
  end: number;
  text: string;
  e164: string;
}

function findPhones(text: string, region?: CountryCode): PhoneSpan[] {
  try {
    return findPhoneNumbersInText(text, region ? { defaultCountry: region } : undefined).map((match) => ({
      start: match.startsAt,
      end: match.endsAt,
      text: text.slice(match.startsAt, match.endsAt),
      e164: match.number.number,
    }));
  } catch {
    return [];
  }
}

function replaceSpans<T extends { start: number; end: number }>(text: string, spans: T[], replace: (span: T) => string): string {
  let result = '';
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;
    result += text.slice(cursor, span.start) + replace(span);
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

export function luhnValid(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

// Verhoeff check digit tables, used by Aadhaar numbers.
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

export function verhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let check = 0;
  [...digits].reverse().forEach((digit, i) => {
    check = D[check]![P[i % 8]![Number(digit)]!]!;
  });
  return check === 0;
}

/**
 * What a report publishes of its free text: the description and the caller-ID name with personal
 * details hidden, keeping the report's own numbers. One definition for storing a report and for
 * showing the reporter beforehand what will be published.
 */
export function redactReport(input: Pick<ReportInput, 'displayed' | 'callback' | 'description' | 'callerIdName' | 'reporterCountry'>): { description: Redaction; callerIdName: string | null } {
  const keepNumbers = [input.displayed.e164, ...(input.callback ? [input.callback.e164] : [])];
  return {
    description: redact(input.description, { keepNumbers, region: input.displayed.country ?? input.reporterCountry ?? undefined }),
    callerIdName: input.callerIdName ? redact(input.callerIdName, { keepNumbers }).text : null,
  };
}
