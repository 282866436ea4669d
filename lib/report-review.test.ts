import { describe, expect, it } from 'vitest';
import { reviewReport } from './report-review';
import { createReportSchema } from './validation/report';

const answers = {
  number: '020 7946 0018',
  country: 'GB',
  channel: 'phone_call',
  category: 'bank_impersonation',
  occurredOn: '2026-11-02',
  occurredTime: '14:30',
  description: 'He knew my card 4111 1111 1111 1111 and told me to move £2,400 to a safe account.',
  lossAmount: '2400',
  lossCurrency: 'GBP',
  paymentMethod: 'bank_transfer',
  residence: 'GB',
  email: 'me@example.com',
  declaration: 'on',
};

function review(raw: Record<string, string>, mailEnabled = true) {
  const parsed = createReportSchema('GB', new Date('2026-11-30T12:00:00Z')).parse(raw);
  return Object.fromEntries(reviewReport(parsed, { mailEnabled }).map((row) => [row.field, row]));
}

describe('the answers shown back before sending', () => {
  it('reads the number with its country, the loss in its currency and the text as it will be published', () => {
    const rows = review(answers);
    expect(rows.number?.value).toBe('+44 20 7946 0018 (United Kingdom)');
    expect(rows.occurredOn?.value).toBe('2 Nov 2026 at 14:30');
    expect(rows.lossAmount?.value).toBe('£2,400 · Bank transfer');
    expect(rows.description?.note).toMatch(/^Published as: .*\[card number removed\]/);
    expect(rows.residence?.value).toBe('United Kingdom');
  });

  it('says whether the email brings a receipt, and leaves out what was not answered', () => {
    expect(review(answers).email?.note).toMatch(/receipt/);
    expect(review(answers, false).email?.note).toMatch(/sends no email/);
    const rows = review({ ...answers, email: '', lossAmount: '', paymentMethod: '', description: 'A silent call, twice in one evening, from this number.' });
    expect(rows.email?.value).toBe('Not given');
    expect(rows.lossAmount?.value).toBe('None');
    expect(rows.description?.note).toBeUndefined();
    expect(rows.callbackNumber).toBeUndefined();
  });
});
