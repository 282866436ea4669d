/** The periods the statistics page offers: rolling windows, calendar years and everything. */
export type StatsPeriod = '12m' | '24m' | 'all' | `${number}`;

export const DEFAULT_PERIOD: StatsPeriod = '12m';

export interface PeriodOption {
  value: StatsPeriod;
  label: string;
}

/** The first day of a month, as YYYY-MM-01, `offset` months from the given date's month. */
export function monthStart(date: Date, offset = 0): string {
  const month = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
  return month.toISOString().slice(0, 10);
}

/** The periods worth offering, given the first and last months with reports. */
export function periodOptions(range: { first: string; last: string } | null, today: Date = new Date()): PeriodOption[] {
  const options: PeriodOption[] = [
    { value: '12m', label: 'Last 12 months' },
    { value: '24m', label: 'Last 24 months' },
  ];
  const firstYear = Number((range?.first ?? monthStart(today)).slice(0, 4));
  const lastYear = Math.max(Number((range?.last ?? monthStart(today)).slice(0, 4)), firstYear);
  for (let year = lastYear; year >= firstYear; year -= 1) options.push({ value: `${year}`, label: String(year) });
  options.push({ value: 'all', label: 'All time' });
  return options;
}

/** A period from the address, or the default: anything not offered is ignored. */
export function readPeriod(raw: string | undefined, options: PeriodOption[]): StatsPeriod {
  return options.find((option) => option.value === raw)?.value ?? DEFAULT_PERIOD;
}

/** The months a period covers, first and last, as YYYY-MM-01. */
export function periodMonths(period: StatsPeriod, range: { first: string; last: string } | null, today: Date = new Date()): { fromMonth: string; toMonth: string } {
  if (period === '12m') return { fromMonth: monthStart(today, -11), toMonth: monthStart(today) };
  if (period === '24m') return { fromMonth: monthStart(today, -23), toMonth: monthStart(today) };
  if (period === 'all') {
    const last = range && range.last > monthStart(today) ? range.last : monthStart(today);
    return { fromMonth: range?.first ?? monthStart(today), toMonth: last };
  }
  return { fromMonth: `${period}-01-01`, toMonth: `${period}-12-01` };
}

export interface TimeBucket {
  /** YYYY-MM for a month, YYYY for a year. */
  key: string;
  label: string;
  reports: number;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Beyond this many months, the chart counts by year: 40 columns are the most that stay readable. */
const MAX_MONTH_COLUMNS = 40;

/**
 * Reports over time with the empty months filled in, so that a quiet month shows as a gap
 * rather than vanishing; by year when the period is long. The month (or year) still running on
 * `today` is labelled "so far", so that its short bar is not read as a fall.
 */
export function timeBuckets(byMonth: Array<{ month: string; reports: number }>, fromMonth: string, toMonth: string, today: Date = new Date()): TimeBucket[] {
  const thisMonth = today.toISOString().slice(0, 7);
  const sofar = (key: string, label: string) => (thisMonth.startsWith(key) ? `${label} (so far)` : label);
  const counts = new Map(byMonth.map((row) => [row.month, row.reports]));
  const months: string[] = [];
  for (let cursor = new Date(`${fromMonth}T00:00:00Z`); cursor.toISOString().slice(0, 10) <= toMonth; cursor.setUTCMonth(cursor.getUTCMonth() + 1)) {
    months.push(cursor.toISOString().slice(0, 7));
  }
  if (months.length <= MAX_MONTH_COLUMNS) {
    return months.map((month) => ({ key: month, label: sofar(month, `${MONTH_NAMES[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`), reports: counts.get(month) ?? 0 }));
  }
  const years = new Map<string, number>();
  for (const month of months) years.set(month.slice(0, 4), (years.get(month.slice(0, 4)) ?? 0) + (counts.get(month) ?? 0));
  return [...years].map(([year, reports]) => ({ key: year, label: sofar(year, year), reports }));
}

/** The largest entries, the rest summed into one: a chart of 60 countries says nothing. */
export function topWithRest<T extends { reports: number }>(rows: T[], keep: number): { top: T[]; rest: number } {
  if (rows.length <= keep + 1) return { top: rows, rest: 0 };
  return { top: rows.slice(0, keep), rest: rows.slice(keep).reduce((sum, row) => sum + row.reports, 0) };
}
