import { describe, expect, it } from 'vitest';
import { countryName, listCountries, MAX_INPUT_LENGTH, parsePhone, toAsciiDigits } from './phone';
import { COUNTRY_LIST } from './country-list';

type Valid = [input: string, region: string | null, e164: string];
type Invalid = [input: string, region: string | null, code: string];

// Each row is how a real person might type or paste the number.
const VALID: Valid[] = [
  // India
  ['+91 98765 43210', null, '+919876543210'],
  ['098765 43210', 'IN', '+919876543210'],
  ['0091-98765-43210', 'IN', '+919876543210'],
  ['0091-98765-43210', 'US', '+919876543210'],
  ['919876543210', 'IN', '+919876543210'],
  ['919876543210', null, '+919876543210'],
  ['＋９１９８７６５４３２１０', null, '+919876543210'],
  ['9876543210', 'IN', '+919876543210'],
  ['+91-80-2345-6789', null, '+918023456789'],
  ['080 2345 6789', 'IN', '+918023456789'],
  ['tel:+91-98765-43210', null, '+919876543210'],
  ['+९१ ९८७६५ ४३२१०', null, '+919876543210'],
  // United Kingdom
  ['+44 20 7946 0018', null, '+442079460018'],
  ['020 7946 0018', 'GB', '+442079460018'],
  ['(020) 7946-0018', 'GB', '+442079460018'],
  ['0044 20 7946 0018', 'GB', '+442079460018'],
  ['07400 123456', 'GB', '+447400123456'],
  ['+44 (0)7400 123456', null, '+447400123456'],
  ['447400123456', 'US', '+447400123456'],
  ['011 44 7400 123456', 'US', '+447400123456'],
  ['+44.7400.123.456', null, '+447400123456'],
  // United States
  ['(202) 555-0143', 'US', '+12025550143'],
  ['202-555-0143', 'US', '+12025550143'],
  ['202.555.0143', 'US', '+12025550143'],
  ['+1 202 555 0143', null, '+12025550143'],
  ['1 (202) 555-0143', 'US', '+12025550143'],
  ['12025550143', 'US', '+12025550143'],
  ['tel:+1-202-555-0143', null, '+12025550143'],
  ['tel:+1-202-555-0143;ext=12', null, '+12025550143'],
  ['+1 800 555 0199', null, '+18005550199'],
  ['  (202)\t555-0143  ', 'US', '+12025550143'],
  ['202–555–0143', 'US', '+12025550143'],
  // Australia
  ['0412 345 678', 'AU', '+61412345678'],
  ['+61 412 345 678', null, '+61412345678'],
  ['0011 61 412 345 678', 'AU', '+61412345678'],
  ['1800 123 456', 'AU', '+611800123456'],
  ['(02) 9876 5432', 'AU', '+61298765432'],
  // Germany
  ['030 123456', 'DE', '+4930123456'],
  ['+49 30 123456', null, '+4930123456'],
  ['01512 3456789', 'DE', '+4915123456789'],
  ['+49 (0)151 23456789', null, '+4915123456789'],
  ['0049 151 23456789', 'DE', '+4915123456789'],
  // Nigeria
  ['0803 123 4567', 'NG', '+2348031234567'],
  ['+234 803 123 4567', null, '+2348031234567'],
  ['2348031234567', 'NG', '+2348031234567'],
  ['+234-802-123-4567', null, '+2348021234567'],
  // Kenya
  ['0712 345678', 'KE', '+254712345678'],
  ['+254 712 345678', null, '+254712345678'],
  ['254712345678', null, '+254712345678'],
  ['+254-712-123-456', null, '+254712123456'],
  // Indonesia
  ['0812-3456-789', 'ID', '+628123456789'],
  ['+62 812 3456 789', null, '+628123456789'],
  ['+62 812-345-678', null, '+62812345678'],
  // Philippines
  ['0917 123 4567', 'PH', '+639171234567'],
  ['+63 917 123 4567', null, '+639171234567'],
  ['+63 905 123 4567', null, '+639051234567'],
  ['639171234567', 'PH', '+639171234567'],
  // Poland
  ['512 345 678', 'PL', '+48512345678'],
  ['+48 512 345 678', null, '+48512345678'],
  ['0048 512-345-678', 'PL', '+48512345678'],
  // Ethiopia
  ['+251 91 123 4567', null, '+251911234567'],
  ['091 123 4567', 'ET', '+251911234567'],
  ['00251911234567', 'GB', '+251911234567'],
  ['+251-911-234-567', null, '+251911234567'],
  // Malaysia
  ['012-345 6789', 'MY', '+60123456789'],
  ['+60 12-345 6789', null, '+60123456789'],
  ['+60123456789', null, '+60123456789'],
  // Pakistan, Brazil, South Africa, UAE, France, Netherlands, Singapore
  ['0301 2345678', 'PK', '+923012345678'],
  ['+92 301 2345678', null, '+923012345678'],
  ['(11) 96123-4567', 'BR', '+5511961234567'],
  ['+55 11 96123-4567', null, '+5511961234567'],
  ['071 123 4567', 'ZA', '+27711234567'],
  ['+27 71 123 4567', null, '+27711234567'],
  ['050 123 4567', 'AE', '+971501234567'],
  ['+971 50 123 4567', null, '+971501234567'],
  ['06 12 34 56 78', 'FR', '+33612345678'],
  ['+33 6 12 34 56 78', null, '+33612345678'],
  ['06 12345678', 'NL', '+31612345678'],
  ['8123 4567', 'SG', '+6581234567'],
  // Arabic-Indic and Eastern Arabic (Persian) digits, as pasted from a phone set to Arabic or Urdu
  ['+٩٧١ ٥٠ ١٢٣ ٤٥٦٧', null, '+971501234567'],
  ['٠٥٠ ١٢٣ ٤٥٦٧', 'AE', '+971501234567'],
  ['+۹۲ ۳۰۱ ۲۳۴۵۶۷۸', null, '+923012345678'],
  // Non-geographic: international freephone
  ['+800 1234 5678', null, '+80012345678'],
];

const INVALID: Invalid[] = [
  ['12ab', 'US', 'NOT_A_NUMBER'],
  ['', 'GB', 'NOT_A_NUMBER'],
  ['   ', 'GB', 'NOT_A_NUMBER'],
  ['---', 'GB', 'NOT_A_NUMBER'],
  ['call me on +44 20 7946 0018', null, 'NOT_A_NUMBER'],
  ['+44 20 7946 0018 please', null, 'NOT_A_NUMBER'],
  ['1-800-FLOWERS', 'US', 'NOT_A_NUMBER'],
  ['+44 20 7946 0018 <script>', null, 'NOT_A_NUMBER'],
  ['\u202e+44 20 7946 0018', null, 'NOT_A_NUMBER'],
  ['+44 20\u200b7946 0018', null, 'NOT_A_NUMBER'],
  ['\u2066+91 98765 43210\u2069', null, 'NOT_A_NUMBER'],
  ['\ufeff+91 98765 43210', null, 'NOT_A_NUMBER'],
  ['+91 98765\u0000 43210', null, 'NOT_A_NUMBER'],
  ['+91 98765 43210\u200f', null, 'NOT_A_NUMBER'],
  ['+44+20 7946 0018', null, 'NOT_A_NUMBER'],
  ['44 20 7946 0018 +', null, 'NOT_A_NUMBER'],
  ['7400123456', null, 'INVALID_COUNTRY'],
  ['+999 123456', null, 'INVALID_COUNTRY'],
  ['123', 'US', 'TOO_SHORT'],
  ['+49 1234', null, 'INVALID'],
  ['+1 202 555 01431234', null, 'TOO_LONG'],
  ['0900 123456', 'DE', 'INVALID'],
  ['+44 7700 900123', null, 'INVALID'],
  ['1'.repeat(MAX_INPUT_LENGTH + 1), 'US', 'TOO_LONG'],
];

describe('parsePhone: valid spellings', () => {
  it.each(VALID)('%j (region %s) is %s', (input, region, e164) => {
    const result = parsePhone(input, region);
    expect(result).toMatchObject({ ok: true, phone: { e164 } });
  });

  it('covers at least 80 spellings across at least 12 countries', () => {
    const countries = new Set(
      VALID.map(([input, region]) => {
        const result = parsePhone(input, region);
        return result.ok ? result.phone.country : null;
      }),
    );
    expect(VALID.length + INVALID.length).toBeGreaterThanOrEqual(80);
    expect(countries.size).toBeGreaterThanOrEqual(12);
  });
});

describe('parsePhone: invalid input', () => {
  it.each(INVALID)('%j (region %s) is refused as %s', (input, region, code) => {
    const result = parsePhone(input, region);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(20);
    }
  });

  it('refuses values that are not strings without throwing', () => {
    for (const value of [undefined, null, 42, ['+442079460018'], { e164: '+442079460018' }]) {
      expect(parsePhone(value, 'GB')).toMatchObject({ ok: false, error: { code: 'NOT_A_NUMBER' } });
    }
  });

  it('names the country in the message when it knows it', () => {
    const result = parsePhone('123', 'US');
    expect(!result.ok && result.error.message).toContain('United States');
  });

  it('ignores an unsupported default region instead of failing on it', () => {
    expect(parsePhone('+44 20 7946 0018', 'XX')).toMatchObject({ ok: true, phone: { e164: '+442079460018' } });
    expect(parsePhone('020 7946 0018', 'gb; drop table')).toMatchObject({ ok: false, error: { code: 'INVALID_COUNTRY' } });
  });

  it('refuses a megabyte of digits by its length alone', () => {
    expect(parsePhone('9'.repeat(1_000_000), 'IN')).toMatchObject({ ok: false, error: { code: 'TOO_LONG' } });
  });
});

describe('parsePhone: what it tells about a number', () => {
  it('formats, locates and types a mobile number', () => {
    expect(parsePhone('098765 43210', 'IN')).toEqual({
      ok: true,
      phone: {
        e164: '+919876543210',
        country: 'IN',
        callingCode: '91',
        international: '+91 98765 43210',
        national: '098765 43210',
        lineType: 'mobile',
      },
    });
  });

  it.each([
    ['+44 20 7946 0018', 'fixed_line'],
    ['+1 800 555 0199', 'toll_free'],
    ['+1 202 555 0143', 'fixed_line_or_mobile'],
    ['+61 1800 123 456', 'toll_free'],
    ['+44 56 1234 5678', 'voip'],
    ['+44 909 879 0000', 'premium_rate'],
  ])('%s is a %s line', (input, lineType) => {
    expect(parsePhone(input, null)).toMatchObject({ ok: true, phone: { lineType } });
  });

  it('gives non-geographic numbers no country', () => {
    expect(parsePhone('+800 1234 5678', null)).toMatchObject({ ok: true, phone: { country: null, callingCode: '800' } });
  });
});

describe('helpers', () => {
  it('turns digits of other scripts into ASCII', () => {
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ०१२३४५६७८९ ০১২৩৪৫৬৭৮৯')).toBe('0123456789 0123456789 0123456789 0123456789');
  });

  it('lists countries by name with their calling codes', () => {
    const countries = listCountries();
    expect(countries.length).toBeGreaterThan(200);
    expect(countries.find((c) => c.code === 'IN')).toEqual({ code: 'IN', name: 'India', callingCode: '91' });
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName(null)).toMatch(/non-geographic/);
  });
});

describe('the country list the browser gets', () => {
  it('matches libphonenumber (after an upgrade, run npm run generate:countries)', () => {
    expect(COUNTRY_LIST.map(([code, name, callingCode]) => ({ code, name, callingCode }))).toEqual(listCountries());
  });
});
