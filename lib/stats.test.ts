import { describe, expect, it } from 'vitest';
import { periodMonths, periodOptions, readPeriod, timeBuckets, topWithRest } from './stats';

const TODAY = new Date('2026-11-24T10:00:00Z');

describe('statistics periods', () => {
  it('offers rolling windows, each year with reports and all time; anything else is the last 12 months', () => {
    const options = periodOptions({ first: '2024-06-01', last: '2026-11-01' }, TODAY);
    expect(options.map((option) => option.value)).toEqual(['12m', '24m', '2026', '2025', '2024', 'all']);
    expect(readPeriod('2025', options)).toBe('2025');
    expect(readPeriod('1999', options)).toBe('12m');
    expect(readPeriod("12m' OR 1=1", options)).toBe('12m');
    expect(periodOptions(null, TODAY).map((option) => option.value)).toEqual(['12m', '24m', '2026', 'all']);
  });

  it('turns a period into its first and last months', () => {
    expect(periodMonths('12m', null, TODAY)).toEqual({ fromMonth: '2025-12-01', toMonth: '2026-11-01' });
    expect(periodMonths('24m', null, TODAY)).toEqual({ fromMonth: '2024-12-01', toMonth: '2026-11-01' });
    expect(periodMonths('2025', null, TODAY)).toEqual({ fromMonth: '2025-01-01', toMonth: '2025-12-01' });
    expect(periodMonths('all', { first: '2019-03-01', last: '2026-10-01' }, TODAY)).toEqual({ fromMonth: '2019-03-01', toMonth: '2026-11-01' });
  });
});

describe('reports over time', () => {
  it('shows every month of the period, the quiet ones as zero', () => {
    expect(timeBuckets([{ month: '2026-01', reports: 4 }, { month: '2026-03', reports: 2 }], '2025-12-01', '2026-03-01', new Date('2026-06-01T00:00:00Z'))).toEqual([
      { key: '2025-12', label: 'Dec 2025', reports: 0 },
      { key: '2026-01', label: 'Jan 2026', reports: 4 },
      { key: '2026-02', label: 'Feb 2026', reports: 0 },
      { key: '2026-03', label: 'Mar 2026', reports: 2 },
    ]);
  });

  it('counts by year over long periods', () => {
    const buckets = timeBuckets([{ month: '2019-05', reports: 3 }, { month: '2019-09', reports: 1 }, { month: '2026-02', reports: 7 }], '2019-03-01', '2026-11-01', new Date('2027-01-05T00:00:00Z'));
    expect(buckets).toHaveLength(8);
    expect(buckets[0]).toEqual({ key: '2019', label: '2019', reports: 4 });
    expect(buckets[7]).toEqual({ key: '2026', label: '2026', reports: 7 });
  });

  it('labels the month or year still running as so far', () => {
    const today = new Date('2026-03-12T10:00:00Z');
    expect(timeBuckets([{ month: '2026-03', reports: 2 }], '2026-02-01', '2026-03-01', today).map((bucket) => bucket.label)).toEqual(['Feb 2026', 'Mar 2026 (so far)']);
    expect(timeBuckets([], '2019-03-01', '2026-03-01', today).at(-1)?.label).toBe('2026 (so far)');
  });

  it('sums the long tail into one group', () => {
    const rows = [5, 4, 3, 2, 1].map((reports, i) => ({ country: `C${i}`, reports }));
    expect(topWithRest(rows, 2)).toEqual({ top: rows.slice(0, 2), rest: 6 });
    expect(topWithRest(rows, 4)).toEqual({ top: rows, rest: 0 });
  });
});
