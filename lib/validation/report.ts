import { z } from 'zod';
import { CATEGORIES, CHANNELS, PAYMENT_METHODS, type Category, type Channel, type PaymentMethod } from '@/db/constants';
import { currencyForCountry, isCurrencyCode, parseAmount } from '../money';
import { RESIDENCES } from '../official-channels';
import { isSupportedRegion, type CountryCode, type ParsedPhone } from '../phone';
import {
  answered,
  checkboxField,
  choiceField,
  dateField,
  emailField,
  optionalChoiceField,
  optionalPhoneField,
  optionalText,
  parseEach,
  phoneField,
  requiredText,
  timeField,
} from './fields';

/** The report form's fields, in the order of the form: what is read, echoed back and told about. */
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
  'residence',
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
  /** Where the reporter lives, when one of the countries with their own channels; else null. */
  reporterCountry: CountryCode | null;
}

function todayIn(now: Date): string {
  // The reporter may be up to 14 hours ahead of UTC: "today" for them can be tomorrow here.
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** The report's fields, each checked on its own, so that every problem is told at once. */
function reportShape(numberRegion: CountryCode, now: Date) {
  return {
    number: phoneField(numberRegion, 'Enter the phone number that contacted you.'),
    callbackNumber: optionalPhoneField(numberRegion),
    channel: choiceField(CHANNELS, 'Choose how they contacted you.'),
    category: choiceField(CATEGORIES, 'Choose the kind of scam that fits best, or “Other”.'),
    callerIdName: optionalText('What the screen showed', CALLER_ID_MAX),
    screenShowedOrganisation: optionalChoiceField(SCREEN_ANSWERS, 'Choose yes, no or not sure, or leave it unanswered.'),
    occurredOn: dateField({ latest: todayIn(now), missing: 'Enter the date it happened, for example 2026-03-14.' }),
    occurredTime: timeField('Enter the time as hours and minutes, for example 14:30, or leave it empty.'),
    description: requiredText({
      min: DESCRIPTION_MIN,
      max: DESCRIPTION_MAX,
      missing: 'Tell us what happened, in a few sentences.',
      tooShort: `Please write at least ${DESCRIPTION_MIN} characters, so a moderator can understand what happened.`,
    }),
    lossAmount: optionalText('The amount', 30),
    lossCurrency: z.unknown().optional(),
    paymentMethod: optionalChoiceField(PAYMENT_METHODS, 'Choose how you paid, or leave it empty.'),
    email: emailField(EMAIL_MAX, 'Enter an email address like name@example.com, or leave it empty.'),
    residence: optionalChoiceField([...RESIDENCES, 'other'], 'Choose the country you live in, or “Somewhere else”.'),
    declaration: checkboxField('Please confirm that the report is true to the best of your knowledge.'),
  };
}

/**
 * What a valid scam report is: one definition for the web form, the server action, the API and
 * scripts. Numbers without a country code are read in the country chosen on the form, else the
 * visitor's own (`region`).
 */
export function createReportSchema(region: CountryCode, now: Date = new Date()) {
  return z.record(z.string(), z.unknown()).transform((raw, ctx): ReportInput => {
    const numberRegion = typeof raw.country === 'string' && isSupportedRegion(raw.country) ? raw.country : region;
    let failed = false;
    const fail = (path: ReportField, message: string) => {
      failed = true;
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    const { values: answers, issues } = parseEach(reportShape(numberRegion, now), raw);
    for (const problem of issues) fail(problem.field, problem.message);

    // What depends on more than one answer.
    if (answers.callbackNumber && answers.number && answers.callbackNumber.e164 === answers.number.e164) {
      fail('callbackNumber', 'This is the same as the number that contacted you. Leave it empty unless they gave you a different number.');
    }
    const currency = typeof raw.lossCurrency === 'string' && raw.lossCurrency !== '' ? raw.lossCurrency : (currencyForCountry(numberRegion) ?? currencyForCountry(region));
    let loss: ReportInput['loss'] = null;
    if (answers.lossAmount) {
      const amount = isCurrencyCode(currency) ? parseAmount(answers.lossAmount, currency) : null;
      if (!amount) fail('lossCurrency', 'Choose the currency you paid in.');
      else if (!amount.ok) fail('lossAmount', amount.message);
      else loss = { amountMinor: amount.minor, currency: currency!, paymentMethod: answers.paymentMethod ?? null };
    } else if (answered(raw.paymentMethod) && !answered(raw.lossAmount)) {
      fail('lossAmount', 'Enter how much you lost, or leave “How did you pay” empty.');
    }

    const { number, channel, category, occurredOn, description } = answers;
    if (failed || !number || !channel || !category || !occurredOn || !description) return z.NEVER;
    return {
      displayed: number,
      callback: answers.callbackNumber ?? null,
      channel,
      category,
      callerIdName: answers.callerIdName ?? null,
      screenShowedOrganisation: answers.screenShowedOrganisation === 'yes' ? true : answers.screenShowedOrganisation === 'no' ? false : null,
      occurredOn,
      occurredTime: answers.occurredTime ?? null,
      description,
      loss,
      email: answers.email ?? null,
      reporterCountry: answers.residence && answers.residence !== 'other' ? answers.residence : null,
    };
  });
}
