import { z } from 'zod';
import { CATEGORIES, CHANNELS, PAYMENT_METHODS, type Category, type Channel, type PaymentMethod } from '@/db/constants';
import { currencyForCountry, isCurrencyCode, parseAmount } from '../money';
import { parsePhone, type CountryCode, type ParsedPhone } from '../phone';
import { cleanText, visibleLength } from '../text';

/**
 * What a valid scam report is: one definition for the web form, the server action, the API and
 * scripts. Every field is checked from `unknown`, so a value of the wrong type (an array, an
 * object, a file) gets the same clear message as a mistyped one.
 */
export const REPORT_FIELDS = [
  'number',
  'country',
  'channel',
  'callerIdName',
  'screenShowedOrganisation',
  'callbackNumber',
  'category',
  'occurredOn',
  'occurredTime',
  'description',
  'lossAmount',
  'lossCurrency',
  'paymentMethod',
  'email',
  'declaration',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** The form's values as typed, echoed back when something needs fixing. */
export type ReportFormValues = Partial<Record<ReportField, string>>;

/** Answers to "did the screen show a real organisation's number or name?". */
export const SCREEN_ANSWERS = ['yes', 'no', 'unsure'] as const;

export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 5_000;
export const CALLER_ID_MAX = 100;
export const EMAIL_MAX = 254;

export interface ReportInput {
  displayed: ParsedPhone;
  callback: ParsedPhone | null;
  channel: Channel;
  category: Category;
  callerIdName: string | null;
  /** The screen showed a real organisation's number or name: null when not sure or not said. */
  screenShowedOrganisation: boolean | null;
  occurredOn: string;
  occurredTime: string | null;
  description: string;
  loss: { amountMinor: number; currency: string; paymentMethod: PaymentMethod | null } | null;
  email: string | null;
  reporterCountry: CountryCode;
}

type Ctx = z.core.$RefinementCtx;

function issue(ctx: Ctx, path: ReportField, message: string) {
  ctx.addIssue({ code: 'custom', path: [path], message });
}

/** Optional free text: empty becomes null. */
function optionalText(ctx: Ctx, value: unknown, field: ReportField, label: string, max: number, multiline = false): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') {
    issue(ctx, field, `${label} must be plain text.`);
    return null;
  }
  const cleaned = cleanText(value, { multiline });
  if (!cleaned.ok) {
    issue(ctx, field, cleaned.message);
    return null;
  }
  if (visibleLength(cleaned.text) > max) {
    issue(ctx, field, `${label} can be at most ${max.toLocaleString('en')} characters; it is ${visibleLength(cleaned.text).toLocaleString('en')}.`);
    return null;
  }
  return cleaned.text || null;
}

function choice<T extends string>(ctx: Ctx, value: unknown, field: ReportField, allowed: readonly T[], message: string): T | null {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  issue(ctx, field, message);
  return null;
}

function todayIn(now: Date): string {
  // The reporter may be up to 14 hours ahead of UTC: "today" for them can be tomorrow here.
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

export function createReportSchema(region: CountryCode, now: Date = new Date()) {
  return z.record(z.string(), z.unknown()).transform((raw, ctx): ReportInput => {
    // Numbers are read in the country chosen on the form, else the visitor's own.
    const country = typeof raw.country === 'string' && raw.country !== '' ? raw.country : region;
    const numberRegion = /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : region;

    let displayed: ParsedPhone | null = null;
    if (typeof raw.number !== 'string' || raw.number.trim() === '') {
      issue(ctx, 'number', 'Enter the phone number that contacted you.');
    } else {
      const parsed = parsePhone(raw.number, numberRegion);
      if (parsed.ok) displayed = parsed.phone;
      else issue(ctx, 'number', parsed.error.message);
    }

    let callback: ParsedPhone | null = null;
    if (raw.callbackNumber !== undefined && raw.callbackNumber !== null && raw.callbackNumber !== '') {
      const parsed = parsePhone(raw.callbackNumber, numberRegion);
      if (!parsed.ok) issue(ctx, 'callbackNumber', parsed.error.message);
      else if (displayed && parsed.phone.e164 === displayed.e164) {
        issue(ctx, 'callbackNumber', 'This is the same as the number that contacted you. Leave it empty unless they gave you a different number.');
      } else callback = parsed.phone;
    }

    const channel = choice(ctx, raw.channel, 'channel', CHANNELS, 'Choose how they contacted you.');
    const category = choice(ctx, raw.category, 'category', CATEGORIES, 'Choose the kind of scam that fits best, or “Other”.');
    const callerIdName = optionalText(ctx, raw.callerIdName, 'callerIdName', 'What the screen showed', CALLER_ID_MAX);
    let screenShowedOrganisation: boolean | null = null;
    if (raw.screenShowedOrganisation !== undefined && raw.screenShowedOrganisation !== null && raw.screenShowedOrganisation !== '') {
      const answer = choice(ctx, raw.screenShowedOrganisation, 'screenShowedOrganisation', SCREEN_ANSWERS, 'Choose yes, no or not sure, or leave it unanswered.');
      screenShowedOrganisation = answer === 'yes' ? true : answer === 'no' ? false : null;
    }

    let occurredOn: string | null = null;
    if (typeof raw.occurredOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw.occurredOn) || Number.isNaN(Date.parse(`${raw.occurredOn}T00:00:00Z`))) {
      issue(ctx, 'occurredOn', 'Enter the date it happened, for example 2026-03-14.');
    } else if (raw.occurredOn > todayIn(now)) {
      issue(ctx, 'occurredOn', 'The date cannot be in the future.');
    } else if (raw.occurredOn < '1990-01-01') {
      issue(ctx, 'occurredOn', 'Check the year: the date is too long ago.');
    } else {
      occurredOn = raw.occurredOn;
    }

    let occurredTime: string | null = null;
    if (raw.occurredTime !== undefined && raw.occurredTime !== null && raw.occurredTime !== '') {
      const match = typeof raw.occurredTime === 'string' ? raw.occurredTime.match(/^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/) : null;
      if (match) occurredTime = `${match[1]}:${match[2]}`;
      else issue(ctx, 'occurredTime', 'Enter the time as hours and minutes, for example 14:30, or leave it empty.');
    }

    let description: string | null = null;
    if (typeof raw.description !== 'string' || raw.description.trim() === '') {
      issue(ctx, 'description', 'Tell us what happened, in a few sentences.');
    } else {
      const cleaned = cleanText(raw.description, { multiline: true });
      if (!cleaned.ok) issue(ctx, 'description', cleaned.message);
      else if (visibleLength(cleaned.text) < DESCRIPTION_MIN) {
        issue(ctx, 'description', `Please write at least ${DESCRIPTION_MIN} characters, so a moderator can understand what happened.`);
      } else if (visibleLength(cleaned.text) > DESCRIPTION_MAX) {
        issue(ctx, 'description', `Please keep it under ${DESCRIPTION_MAX.toLocaleString('en')} characters; it is ${visibleLength(cleaned.text).toLocaleString('en')}.`);
      } else description = cleaned.text;
    }

    let loss: ReportInput['loss'] = null;
    const amountGiven = raw.lossAmount !== undefined && raw.lossAmount !== null && raw.lossAmount !== '';
    const currency =
      typeof raw.lossCurrency === 'string' && raw.lossCurrency !== '' ? raw.lossCurrency : (currencyForCountry(numberRegion) ?? currencyForCountry(region));
    if (amountGiven) {
      if (!isCurrencyCode(currency)) {
        issue(ctx, 'lossCurrency', 'Choose the currency you paid in.');
      } else if (typeof raw.lossAmount !== 'string') {
        issue(ctx, 'lossAmount', 'Enter the amount as a number, for example 2500 or 2,500.50.');
      } else {
        const amount = parseAmount(raw.lossAmount, currency);
        if (amount.ok) {
          const method =
            raw.paymentMethod === undefined || raw.paymentMethod === null || raw.paymentMethod === ''
              ? null
              : choice(ctx, raw.paymentMethod, 'paymentMethod', PAYMENT_METHODS, 'Choose how you paid, or leave it empty.');
          loss = { amountMinor: amount.minor, currency, paymentMethod: method };
        } else issue(ctx, 'lossAmount', amount.message);
      }
    } else if (raw.paymentMethod !== undefined && raw.paymentMethod !== null && raw.paymentMethod !== '') {
      issue(ctx, 'lossAmount', 'Enter how much you lost, or leave “How did you pay” empty.');
    }

    let email: string | null = null;
    if (raw.email !== undefined && raw.email !== null && raw.email !== '') {
      const parsed = typeof raw.email === 'string' ? z.email().max(EMAIL_MAX).safeParse(raw.email.trim()) : null;
      if (parsed?.success) email = parsed.data.toLowerCase();
      else issue(ctx, 'email', 'Enter an email address like name@example.com, or leave it empty.');
    }

    if (raw.declaration !== 'on' && raw.declaration !== 'true' && raw.declaration !== true) {
      issue(ctx, 'declaration', 'Please confirm that the report is true to the best of your knowledge.');
    }

    if (!displayed || !channel || !category || !occurredOn || !description) return z.NEVER;
    return {
      displayed,
      callback,
      channel,
      category,
      callerIdName,
      screenShowedOrganisation,
      occurredOn,
      occurredTime,
      description,
      loss,
      email,
      reporterCountry: numberRegion,
    };
  });
}
