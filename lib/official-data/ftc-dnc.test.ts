import { describe, expect, it } from 'vitest';
import { ftcDncAdapter, ftcSubjectCategory, readFtcDate } from './ftc-dnc';

describe('the FTC Do Not Call adapter', () => {
  it('reads the dates the files use, and refuses impossible ones', () => {
    expect(readFtcDate('2026-11-02 08:14:09')).toBe('2026-11-02');
    expect(readFtcDate('2026-11-02')).toBe('2026-11-02');
    expect(readFtcDate('11/2/2026')).toBe('2026-11-02');
    expect(readFtcDate('2026-02-30 00:00:00')).toBeNull();
    expect(readFtcDate('not a date')).toBeNull();
    expect(readFtcDate('')).toBeNull();
    expect(readFtcDate(undefined)).toBeNull();
  });

  it('maps subjects to categories, doubled spaces and case aside, and keeps the subject tidied', () => {
    expect(ftcSubjectCategory('Computer & technical support', false)).toBe('tech_support');
    expect(ftcSubjectCategory('Reducing your debt (credit cards, mortgage, student loans)', null)).toBe('loan_debt');
    expect(ftcSubjectCategory('Dropped call or no message', false)).toBe('robocall');
    expect(ftcSubjectCategory('No Subject Provided', true)).toBe('robocall');
    expect(ftcSubjectCategory('Imposters', true)).toBe('other');
    const row = ftcDncAdapter.read({
      Company_Phone_Number: '3035550147',
      Created_Date: '2026-11-02 08:14:09',
      Violation_Date: '',
      Subject: 'Warranties  &  protection plans',
      Recorded_Message_Or_Robocall: 'y',
      Consumer_City: 'Denver',
    });
    expect(row).toEqual({
      ok: true,
      number: '3035550147',
      complaint: { reportedOn: '2026-11-02', occurredOn: null, subject: 'Warranties & protection plans', category: 'other', robocall: true },
    });
    expect(JSON.stringify(row)).not.toContain('Denver');
  });

  it('says why a row without a usable date is skipped', () => {
    expect(ftcDncAdapter.read({ Company_Phone_Number: '3035550147', Created_Date: 'yesterday' })).toEqual({ ok: false, reason: 'bad_date' });
  });
});
