import { describe, expect, it } from 'vitest';
import { assessRisk, spoofingEmphasis, type RiskInput } from './risk';

const now = new Date('2026-11-22T12:00:00Z');
const base: RiskInput = {
  reportCount: 0,
  reportsLast30Days: 0,
  reporterCount: 0,
  lossReportCount: 0,
  displayedCount: 0,
  callbackCount: 0,
  firstReportedOn: null,
  lastReportedOn: null,
  disputeState: 'none',
  now,
};

describe('assessRisk', () => {
  it('never calls an unreported number safe', () => {
    const verdict = assessRisk(base);
    expect(verdict.level).toBe('none');
    expect(verdict.label).toBe('No reports yet');
    expect(`${verdict.label} ${verdict.summary}`).not.toMatch(/\bsafe\b/i);
    expect(verdict.summary).toMatch(/does not make a caller genuine/);
  });

  it('rates one recent report as reported, not yet likely', () => {
    const verdict = assessRisk({ ...base, reportCount: 1, reporterCount: 1, displayedCount: 1, reportsLast30Days: 1, firstReportedOn: '2026-11-20', lastReportedOn: '2026-11-20' });
    expect(verdict.level).toBe('low');
    expect(verdict.reasons).toContain('1 published report from 1 different person.');
  });

  it('rates several independent recent reports with losses as a likely or certain scam', () => {
    const some = assessRisk({ ...base, reportCount: 4, reporterCount: 4, displayedCount: 4, reportsLast30Days: 2, firstReportedOn: '2026-10-01', lastReportedOn: '2026-11-18' });
    expect(some.level).toBe('medium');
    const many = assessRisk({ ...base, reportCount: 40, reporterCount: 31, lossReportCount: 6, displayedCount: 40, reportsLast30Days: 12, firstReportedOn: '2026-01-01', lastReportedOn: '2026-11-21' });
    expect(many.level).toBe('high');
    expect(many.reasons).toEqual(
      expect.arrayContaining(['40 published reports from 31 different people.', '12 reports in the last 30 days.', '6 people reported losing money.']),
    );
  });

  it('counts many reports from one person for less than the same number from many people', () => {
    const onePerson = assessRisk({ ...base, reportCount: 10, reporterCount: 1, displayedCount: 10, firstReportedOn: '2026-11-01', lastReportedOn: '2026-11-20' });
    const tenPeople = assessRisk({ ...base, reportCount: 10, reporterCount: 10, displayedCount: 10, firstReportedOn: '2026-11-01', lastReportedOn: '2026-11-20' });
    expect(tenPeople.score).toBeGreaterThan(onePerson.score);
  });

  it('lets old reports fade', () => {
    const input = { ...base, reportCount: 20, reporterCount: 18, displayedCount: 20, lossReportCount: 3, firstReportedOn: '2023-01-01' };
    const recent = assessRisk({ ...input, lastReportedOn: '2026-11-01' });
    const old = assessRisk({ ...input, lastReportedOn: '2024-06-01' });
    expect(recent.level).toBe('high');
    expect(old.score).toBeLessThan(recent.score / 4);
    expect(old.level).not.toBe('high');
    expect(old.reasons.join(' ')).toMatch(/older ones count for less/);
  });

  it('caps the verdict when staff upheld the owner’s spoofing dispute', () => {
    const verdict = assessRisk({ ...base, reportCount: 40, reporterCount: 31, lossReportCount: 6, displayedCount: 40, reportsLast30Days: 12, firstReportedOn: '2026-01-01', lastReportedOn: '2026-11-21', disputeState: 'upheld' });
    expect(verdict.level).toBe('low');
    expect(verdict.capped).toBe(true);
    expect(verdict.label).toMatch(/owner says it is spoofed/);
    expect(verdict.reasons[0]).toMatch(/owner of this number/);
  });

  it('says when victims were told to contact the number, which the scammer controls', () => {
    const verdict = assessRisk({ ...base, reportCount: 3, reporterCount: 3, callbackCount: 2, displayedCount: 1, firstReportedOn: '2026-11-01', lastReportedOn: '2026-11-20' });
    expect(verdict.reasons.join(' ')).toMatch(/2 reports name it as the number victims were told to call back/);
  });
});

describe('spoofingEmphasis', () => {
  it('warns most strongly when reports are mostly about what the caller ID showed', () => {
    expect(spoofingEmphasis(10, 0)).toBe('strong');
    expect(spoofingEmphasis(3, 1)).toBe('strong');
    expect(spoofingEmphasis(2, 2)).toBe('normal');
    expect(spoofingEmphasis(0, 5)).toBe('normal');
  });
});
