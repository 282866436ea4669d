import type { Category } from '@/db/constants';
import type { OfficialAdapter } from './adapter';

/**
 * The US FTC's Do Not Call "reported calls" daily files: one row per complaint, with the
 * company's number as the consumer typed it, the complaint and call dates, the consumer's
 * city, state and area code (never stored here), a subject and a robocall flag.
 */
const COLUMNS = [
  'Company_Phone_Number',
  'Created_Date',
  'Violation_Date',
  'Consumer_City',
  'Consumer_State',
  'Consumer_Area_Code',
  'Subject',
  'Recorded_Message_Or_Robocall',
] as const;

/** The FTC's subjects, lower-cased with single spaces, and the nearest category of ours. */
const SUBJECT_CATEGORIES: Record<string, Category> = {
  'computer & technical support': 'tech_support',
  'debt reduction': 'loan_debt',
  'reducing your debt (credit cards, mortgage, student loans)': 'loan_debt',
  'dropped call or no message': 'robocall',
  'energy, solar, & utilities': 'utility',
  'energy, solar & utilities': 'utility',
  'lotteries, prizes & sweepstakes': 'lottery_prize',
  'work from home': 'task_job',
};

export function ftcSubjectCategory(subject: string | null, robocall: boolean | null): Category {
  const key = subject?.toLowerCase();
  if (key && SUBJECT_CATEGORIES[key]) return SUBJECT_CATEGORIES[key];
  return robocall && (!key || key === 'no subject provided' || key === 'other') ? 'robocall' : 'other';
}

/** "2024-06-03 10:11:12", "2024-06-03" or "6/3/2024" to "2024-06-03"; null when it is not a real date. */
export function readFtcDate(text: string | undefined): string | null {
  const value = text?.trim() ?? '';
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(value);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [year, month, day] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 2000) return null;
  return date.toISOString().slice(0, 10);
}

export const ftcDncAdapter: OfficialAdapter = {
  source: 'ftc_dnc',
  columns: COLUMNS,
  defaultRegion: 'US',
  read(row) {
    const subject = row.Subject?.replace(/\s+/g, ' ').trim() || null;
    const flag = row.Recorded_Message_Or_Robocall?.trim().toUpperCase();
    const robocall = flag === 'Y' ? true : flag === 'N' ? false : null;
    const reportedOn = readFtcDate(row.Created_Date);
    if (!reportedOn) return { ok: false, reason: 'bad_date' };
    return {
      ok: true,
      number: row.Company_Phone_Number ?? '',
      complaint: { reportedOn, occurredOn: readFtcDate(row.Violation_Date), subject, category: ftcSubjectCategory(subject, robocall), robocall },
    };
  },
};
