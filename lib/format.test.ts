import { describe, expect, it } from 'vitest';
import { formatDate, formatDaysAgo, formatMoney, pluralize } from './format';

describe('formatMoney', () => {
  it('shows minor units in the currency, without needless decimals', () => {
    expect(formatMoney(1_000_000, 'GBP')).toBe('£10,000');
    expect(formatMoney(12_345, 'USD')).toBe('$123.45');
    expect(formatMoney(5_000_00, 'INR')).toBe('₹5,000');
  });

  it('respects currencies without minor units', () => {
    expect(formatMoney(5000, 'JPY')).toBe('¥5,000');
  });

  it('does not throw on an unknown currency code', () => {
    expect(formatMoney(150, 'ZZ1')).toBe('1.50 ZZ1');
  });
});

describe('dates', () => {
  it('formats a calendar date without shifting it by time zone', () => {
    expect(formatDate('2026-01-31')).toBe('31 Jan 2026');
  });

  it('says how long ago in words', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    expect(formatDaysAgo('2026-11-22', now)).toBe('today');
    expect(formatDaysAgo('2026-11-21', now)).toBe('yesterday');
    expect(formatDaysAgo('2026-11-12', now)).toBe('10 days ago');
    expect(formatDaysAgo('2026-06-01', now)).toBe('5 months ago');
    expect(formatDaysAgo('2024-06-01', now)).toBe('2 years ago');
  });
});

it('pluralizes counts', () => {
  expect(pluralize(1, 'report')).toBe('1 report');
  expect(pluralize(1200, 'report')).toBe('1,200 reports');
});
