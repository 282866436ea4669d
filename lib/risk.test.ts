import { describe, expect, it } from 'vitest';
import { assessRisk, NO_EVIDENCE, spoofedLineNote, spoofingEmphasis, type NumberEvidence, type RiskContext } from './risk';

const now = new Date('2026-11-22T12:00:00Z');
const context: RiskContext = { disputeState: 'none', verified: null, ownedSince: null, now };
const evidence = (figures: Partial<NumberEvidence>): NumberEvidence => ({
  ...NO_EVIDENCE,
  firstReportedOn: '2026-11-01',
  lastReportedOn: '2026-11-20',
  ...figures,
});
const bank = { organisation: 'Example Bank', sourceUrl: 'https://bank.example/contact' };

describe('assessRisk', () => {
  it('never calls an unreported number safe', () => {
    const verdict = assessRisk(NO_EVIDENCE, context);
    expect(verdict.level).toBe('none');
    expect(verdict.label).toBe('No reports yet');
    expect(`${verdict.label} ${verdict.summary}`).not.toMatch(/\bsafe\b/i);
    expect(verdict.summary).toMatch(/does not make a caller genuine/);
  });

  it('does not brand a number that one person saw on their screen twice', () => {
    const verdict = assessRisk(evidence({ reports: 2, people: 1, lossPeople: 1 }), context);
    expect(verdict.level).toBe('low');
    expect(verdict.evidence).toBe('screen');
    expect(verdict.label).toBe('Seen in reported calls');
    expect(verdict.summary).toMatch(/^One person reported/);
    expect(verdict.reasons).toContain('2 published reports from one person.');
    expect(verdict.reasons).toContain('They reported losing money.');
    expect(verdict.reasons.join(' ')).toMatch(/may have come from someone else/);
    expect(verdict.steps.join(' ')).not.toMatch(/\bblock\b/i);
  });

  it('gives a number someone was told to call the strong verdict, even from one report', () => {
    const verdict = assessRisk(evidence({ reports: 1, people: 1, callbackPeople: 1 }), context);
    expect(verdict.evidence).toBe('controlled');
    expect(verdict.level).toBe('medium');
    expect(verdict.label).toBe('Likely scam');
    expect(verdict.steps[0]).toMatch(/Do not call back/);
    expect(verdict.reasons).toContain('They were told to call, message or pay this number: whoever answers it is in on the scam.');
  });

  it('treats a WhatsApp or Telegram account as held by the scammer, unlike caller ID', () => {
    const verdict = assessRisk(evidence({ reports: 4, people: 4, appPeople: 4, recentReports: 4 }), context);
    expect(verdict.evidence).toBe('controlled');
    expect(verdict.level).toBe('high');
    expect(verdict.reasons).toContain('All of them were contacted from it on WhatsApp, Telegram or another app, which ties an account to its number: it cannot be faked there.');
    expect(verdict.summary).toMatch(/used from a WhatsApp, Telegram or similar account/);
  });

  it('rates several independent people told to call the number, with losses, as many scam reports', () => {
    const verdict = assessRisk(evidence({ reports: 40, people: 31, callbackPeople: 20, lossPeople: 6, recentReports: 12 }), context);
    expect(verdict.level).toBe('high');
    expect(verdict.reasons).toEqual(
      expect.arrayContaining([
        '40 published reports from 31 different people.',
        '20 of them were told to call, message or pay this number: whoever answers it is in on the scam.',
        '6 of them reported losing money.',
        '12 reports about contacts in the last 30 days.',
      ]),
    );
  });

  it('never rates a number only seen on screens above medium, however many people saw it', () => {
    const verdict = assessRisk(evidence({ reports: 300, people: 250, lossPeople: 90, recentReports: 100 }), context);
    expect(verdict.level).toBe('medium');
    expect(verdict.label).toBe('Shown in scam calls');
  });

  it('counts many reports from one person for less than the same number from many people', () => {
    const onePerson = assessRisk(evidence({ reports: 10, people: 1, callbackPeople: 1 }), context);
    const tenPeople = assessRisk(evidence({ reports: 10, people: 10, callbackPeople: 10 }), context);
    expect(tenPeople.score).toBeGreaterThan(onePerson.score);
    expect(onePerson.level).toBe('medium');
    expect(tenPeople.level).toBe('high');
  });

  it('weighs a screen that showed a real organisation least', () => {
    const screen = assessRisk(evidence({ reports: 6, people: 6 }), context);
    const organisation = assessRisk(evidence({ reports: 6, people: 6, organisationPeople: 6 }), context);
    expect(organisation.score).toBeLessThan(screen.score);
    expect(organisation.reasons.join(' ')).toMatch(/All of them say the screen showed a real organisation’s number or name/);
  });

  it('lets old reports fade', () => {
    const figures = { reports: 20, people: 18, callbackPeople: 18, lossPeople: 3, firstReportedOn: '2023-01-01' };
    const recent = assessRisk(evidence({ ...figures, lastReportedOn: '2026-11-01' }), context);
    const old = assessRisk(evidence({ ...figures, lastReportedOn: '2024-06-01' }), context);
    expect(recent.level).toBe('high');
    expect(old.score).toBeLessThan(recent.score / 4);
    expect(old.level).not.toBe('high');
    expect(old.reasons.join(' ')).toMatch(/older ones count for less/);
  });

  it('caps the verdict when staff upheld the owner’s spoofing dispute', () => {
    const verdict = assessRisk(evidence({ reports: 40, people: 31, callbackPeople: 31, lossPeople: 6 }), { ...context, disputeState: 'upheld' });
    expect(verdict.level).toBe('low');
    expect(verdict.capped).toBe(true);
    expect(verdict.label).toMatch(/owner says it is spoofed/);
    expect(verdict.reasons[0]).toMatch(/owner of this number/);
    expect(verdict.steps.join(' ')).not.toMatch(/\bblock\b/i);
  });

  it('says which reports are from before the current owner, and does not count them', () => {
    const verdict = assessRisk({ ...NO_EVIDENCE, reportsBeforeOwner: 3 }, { ...context, ownedSince: '2026-06-01' });
    expect(verdict.level).toBe('none');
    expect(verdict.reasons).toEqual(['3 older reports are from before its current owner got the number (1 Jun 2026), and do not count.']);
  });

  it('names the organisation of a verified number and never brands it', () => {
    const verdict = assessRisk(evidence({ reports: 500, people: 480, lossPeople: 200, recentReports: 100 }), { ...context, verified: bank });
    expect(verdict.level).toBe('verified');
    expect(verdict.summary).toMatch(/^This is the real number of Example Bank\. Scammers often fake it on your screen\./);
    expect(verdict.reasons[0]).toMatch(/Those calls did not come from Example Bank/);
    expect(verdict.steps.join(' ')).toMatch(/call Example Bank back yourself, on the number on your card or on its official website/);
    const text = [verdict.label, verdict.summary, ...verdict.reasons, ...verdict.steps].join(' ');
    expect(text).not.toMatch(/\bscams?\b|\bblock|do not call back/i);
  });

  it('keeps figures that came from separate counts from contradicting each other', () => {
    const verdict = assessRisk(evidence({ reports: 2, people: 5, lossPeople: 9, recentReports: 7 }), context);
    expect(verdict.figures).toMatchObject({ reports: 2, people: 2, lossPeople: 2, recentReports: 2 });
  });
});

describe('spoofingEmphasis', () => {
  it('warns most strongly when nobody was told to contact the number', () => {
    expect(spoofingEmphasis(assessRisk(evidence({ reports: 3, people: 3 }), context))).toBe('strong');
    expect(spoofingEmphasis(assessRisk(evidence({ reports: 3, people: 3, callbackPeople: 1 }), context))).toBe('normal');
    expect(spoofingEmphasis(assessRisk(NO_EVIDENCE, { ...context, verified: bank }))).toBe('strong');
  });
});

describe('spoofedLineNote', () => {
  it('warns that company and landline numbers are often spoofed, and says nothing of mobiles', () => {
    expect(spoofedLineNote('uan')).toMatch(/Companies publish numbers like this one/);
    expect(spoofedLineNote('toll_free')).toMatch(/often fake them/);
    expect(spoofedLineNote('fixed_line')).toMatch(/often faked/);
    expect(spoofedLineNote('mobile')).toBeNull();
  });
});
