import currencyOf from 'country-to-currency';

export type ParsedAmount = { ok: true; minor: number } | { ok: false; message: string };

/** Largest loss accepted, in major units: beyond it the figure is almost certainly a typo. */
export const MAX_LOSS_MAJOR = 10_000_000_000;

/** How many decimal places a currency has: 2 for GBP, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

let currencyCodes: Set<string> | undefined;

export function isCurrencyCode(code: unknown): code is string {
  currencyCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return typeof code === 'string' && currencyCodes.has(code);
}

/** The currency of a country (ISO 3166 alpha-2), if it has one. */
export function currencyForCountry(country: string | null | undefined): string | null {
  if (!country) return null;
  const code = (currencyOf as Record<string, string | undefined>)[country.toUpperCase()];
  return isCurrencyCode(code) ? code : null;
}

/**
 * Reads an amount as people type it ("2500", "2,500.50", "5,00,000", "1.234,50", "£40") into
 * minor units. Refuses anything that is not a plain positive figure.
 */
export function parseAmount(input: string, currency: string): ParsedAmount {
  const text = input.normalize('NFKC').replace(/[\s\u00A0\u202F'’]/g, '').replace(/^[^\d-]{1,4}/, '');
  const example = 'Enter the amount as a number, for example 2500 or 2,500.50.';
  if (text === '') return { ok: false, message: example };
  if (!/^\d[\d.,]*$/.test(text)) return { ok: false, message: example };

  // The last separator is a decimal point when one or two digits follow it; others group digits.
  const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  const decimals = last >= 0 && /^\d{1,2}$/.test(text.slice(last + 1)) ? text.slice(last + 1) : '';
  const whole = (decimals ? text.slice(0, last) : text).replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole) || whole.length > 13) return { ok: false, message: example };

  const digits = currencyDigits(currency);
  if (decimals.length > digits) return { ok: false, message: `${currency} amounts have ${digits === 0 ? 'no' : digits} decimal places.` };
  const major = Number(whole);
  if (major > MAX_LOSS_MAJOR) return { ok: false, message: 'That amount is too large. Check the number of digits.' };
  const minor = major * 10 ** digits + Number(decimals.padEnd(digits, '0') || 0);
  if (!Number.isSafeInteger(minor)) return { ok: false, message: example };
  if (minor === 0) return { ok: false, message: 'Enter the amount you lost, or leave it empty if you lost nothing.' };
  return { ok: true, minor };
}
