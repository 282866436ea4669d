import { describe, expect, it } from 'vitest';
import { describeLossBand, lossBand, reportRecord } from './open-data';

describe('loss bands', () => {
  it('puts an amount in a band of whole currency units, whatever the currency’s decimals', () => {
    expect(lossBand(null, null)).toBeNull();
    expect(lossBand(9_999, 'GBP')).toBe('<100');
    expect(lossBand(10_000, 'GBP')).toBe('100-999');
    expect(lossBand(5_000_000, 'INR')).toBe('10000-99999');
    expect(lossBand(150_000, 'JPY')).toBe('100000-999999');
    expect(lossBand(1_500_000, 'KWD')).toBe('1000-9999');
    expect(lossBand(200_000_000, 'INR')).toBe('>=1000000');
    expect(describeLossBand('10000-99999')).toBe('10,000 to 99,999');
    expect(describeLossBand('<100')).toBe('under 100');
    expect(describeLossBand('>=1000000')).toBe('1,000,000 or more');
  });

  it('maps a report’s category to the FTC, Chakshu and Scamwatch vocabularies', () => {
    const record = reportRecord({
      reference: 'SR-TEST-0001',
      publishedOn: '2026-11-01',
      occurredOn: '2026-10-30',
      displayedE164: '+919876543210',
      displayedCountry: 'IN',
      callbackE164: null,
      callbackCountry: null,
      channel: 'whatsapp_message',
      category: 'task_job',
      paymentMethod: 'upi',
      lossAmountMinor: 5_000_000,
      lossCurrency: 'INR',
    });
    expect(record).toMatchObject({
      ftc_subject: 'Work from home',
      chakshu_category: 'Online job / lottery / gifts / loan offers',
      scamwatch_type: 'Jobs and employment scams',
      payment_method: 'upi',
      loss_currency: 'INR',
      loss_band: '10000-99999',
    });
  });
});
