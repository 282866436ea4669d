import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberWithError,
  ParseError,
  validatePhoneNumberLength,
  type CountryCode,
  type NumberType,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import type { LineType } from '@/db/constants';

export type { CountryCode };

export interface ParsedPhone {
  /** Canonical form, the key everywhere: +447911123456 */
  e164: string;
  /** ISO 3166-1 alpha-2, or null for non-geographic numbers (+800, +882, ...). */
  country: CountryCode | null;
  callingCode: string;
  /** +44 7911 123456 */
  international: string;
  /** 07911 123456 */
  national: string;
  lineType: LineType;
}

export type PhoneErrorCode = 'NOT_A_NUMBER' | 'INVALID_COUNTRY' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID';

export interface PhoneError {
  code: PhoneErrorCode;
  message: string;
}

export type PhoneResult = { ok: true; phone: ParsedPhone } | { ok: false; error: PhoneError };

export const MAX_INPUT_LENGTH = 250;

// Bidi overrides and isolates, zero-width characters, the BOM and every other invisible format or
// control character: they let one string look like another number, so they are refused, not removed.
const HIDDEN_CHARACTERS = /[\p{Cf}\p{Cc}\p{Co}\p{Cs}\u2028\u2029]/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
const ALLOWED = /^\+?[0-9 ()\-./]*$/;
// NFKC folds full-width digits; these scripts have their own decimal digits that it leaves alone.
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xaa50, 0xabf0,
];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string | null | undefined): string {
  if (!code) return 'International (non-geographic)';
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function isSupportedRegion(code: unknown): code is CountryCode {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

export interface CountryOption {
  code: CountryCode;
  name: string;
  callingCode: string;
}

let countryOptions: CountryOption[] | undefined;

/** Every region libphonenumber knows, by English name, for country selectors. */
export function listCountries(): CountryOption[] {
  countryOptions ??= getCountries()
    .map((code) => ({ code, name: countryName(code), callingCode: getCountryCallingCode(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return countryOptions;
}

/**
 * Turns whatever a person typed or pasted into a canonical number, or says precisely why not.
 * `defaultRegion` is where a number without a country code is assumed to be from.
 */
export function parsePhone(input: unknown, defaultRegion?: string | null): PhoneResult {
  if (typeof input !== 'string') return fail('NOT_A_NUMBER', 'Enter the phone number as text, for example +44 7911 123456.');
  if (input.length > MAX_INPUT_LENGTH) return fail('TOO_LONG', 'That is far too long to be a phone number.');

  const cleaned = cleanTypedNumber(input);
  if (!cleaned.ok) return cleaned;
  const { text } = cleaned;

  const region = isSupportedRegion(defaultRegion) ? defaultRegion : undefined;
  const digits = text.replace(/\D/g, '');
  const candidates: Array<{ text: string; region?: CountryCode }> = [];
  if (text.startsWith('+')) {
    candidates.push({ text });
  } else {
    if (region) candidates.push({ text, region });
    // People paste numbers with the country code but no plus, or with an international prefix
    // from another country (00, 011): try those readings when the national one fails.
    if (digits.startsWith('00')) candidates.push({ text: `+${digits.slice(2)}` });
    else if (digits.startsWith('011')) candidates.push({ text: `+${digits.slice(3)}` });
    candidates.push({ text: `+${digits}` });
  }

  for (const candidate of candidates) {
    const phone = tryParse(candidate.text, candidate.region);
    if (phone?.isValid()) return { ok: true, phone: describe(phone) };
  }

  if (!text.startsWith('+') && !region) {
    return fail('INVALID_COUNTRY', 'Add the country code (starting with +), or choose the country the number is from.');
  }
  const primary = candidates[0]!;
  return { ok: false, error: explainInvalid(primary.text, primary.region) };
}

export type CleanedInput = { ok: true; text: string } | { ok: false; error: PhoneError };

/**
 * Folds what a person typed into ASCII digits and separators, or refuses it: hidden characters,
 * letters and words are never a phone number.
 */
export function cleanTypedNumber(input: string): CleanedInput {
  if (HIDDEN_CHARACTERS.test(input.replace(/[\t\n\r]/g, ' '))) {
    return fail('NOT_A_NUMBER', 'This contains hidden or invisible characters. Type the number in by hand.');
  }
  let text = toAsciiDigits(input.normalize('NFKC')).replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  if (/^tel:/i.test(text)) text = text.slice(4).split(';')[0]!.trim();
  if (text === '') return fail('NOT_A_NUMBER', 'Enter a phone number, for example +44 7911 123456.');
  if (!ALLOWED.test(text)) {
    return fail(
      'NOT_A_NUMBER',
      /[a-z]/i.test(text)
        ? 'Enter only the phone number: digits, spaces, brackets, dashes and a leading +, no letters or words.'
        : 'A phone number can only contain digits, spaces, brackets, dashes and a leading +.',
    );
  }
  if (!/\d/.test(text)) return fail('NOT_A_NUMBER', 'Enter a phone number with digits, for example +44 7911 123456.');
  return { ok: true, text };
}

export function toAsciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (char) => {
    const code = char.codePointAt(0)!;
    for (const zero of DIGIT_ZEROS) {
      if (code >= zero && code <= zero + 9) return String(code - zero);
    }
    return char;
  });
}

function tryParse(text: string, region?: CountryCode): PhoneNumber | undefined {
  try {
    return parsePhoneNumberWithError(text, { defaultCountry: region, extract: false });
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

function explainInvalid(text: string, region?: CountryCode): PhoneError {
  const phone = tryParse(text, region);
  const where = phone?.country ?? region;
  const inCountry = where ? ` for ${countryName(where)}` : '';
  let lengthProblem: string | undefined;
  try {
    lengthProblem = validatePhoneNumberLength(text, { defaultCountry: region });
  } catch {
    lengthProblem = undefined;
  }
  switch (lengthProblem) {
    case 'TOO_SHORT':
      return { code: 'TOO_SHORT', message: `This number is too short${inCountry}. Check that you have every digit.` };
    case 'TOO_LONG':
      return { code: 'TOO_LONG', message: `This number has too many digits${inCountry}. Check for extra digits.` };
    case 'INVALID_COUNTRY':
      return {
        code: 'INVALID_COUNTRY',
        message: 'That country code does not exist. Check the digits after the +, or choose the country instead.',
      };
    default:
      return {
        code: 'INVALID',
        message: `This is not a valid phone number${inCountry}. Check the digits, or choose a different country.`,
      };
  }
}

function describe(phone: PhoneNumber): ParsedPhone {
  return {
    e164: phone.number,
    country: phone.country ?? null,
    callingCode: phone.countryCallingCode,
    international: phone.formatInternational(),
    national: phone.formatNational(),
    lineType: toLineType(phone.getType()),
  };
}

const LINE_TYPE_BY_NUMBER_TYPE: Record<NonNullable<NumberType>, LineType> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed_line',
  FIXED_LINE_OR_MOBILE: 'fixed_line_or_mobile',
  VOIP: 'voip',
  TOLL_FREE: 'toll_free',
  PREMIUM_RATE: 'premium_rate',
  SHARED_COST: 'shared_cost',
  PERSONAL_NUMBER: 'personal_number',
  PAGER: 'pager',
  UAN: 'uan',
  VOICEMAIL: 'voicemail',
};

function toLineType(type: NumberType): LineType {
  return type ? LINE_TYPE_BY_NUMBER_TYPE[type] : 'unknown';
}

/** Formats a stored E.164 number for display; falls back to the raw value. */
export function formatE164(e164: string): { international: string; national: string; country: CountryCode | null } {
  const phone = tryParse(e164);
  if (!phone) return { international: e164, national: e164, country: null };
  return { international: phone.formatInternational(), national: phone.formatNational(), country: phone.country ?? null };
}

function fail(code: PhoneErrorCode, message: string): { ok: false; error: PhoneError } {
  return { ok: false, error: { code, message } };
}
