import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessRisk, type RiskContext, type RiskLevel, type RiskVerdict } from './risk';
import { evidenceOf, reportSet, type ModelReport } from './test/evidence-model';

const now = new Date('2026-11-22T12:00:00Z');
const LEVEL_RANK: Record<RiskLevel, number> = { verified: 0, none: 1, low: 2, medium: 3, high: 4 };
const bank = { organisation: 'Example Bank', sourceUrl: 'https://bank.example/contact' };
const contextArb = fc.record({
  disputeState: fc.constantFrom('none', 'pending', 'upheld', 'rejected') as fc.Arbitrary<RiskContext['disputeState']>,
  verified: fc.option(fc.constant(bank), { freq: 4 }),
  ownedSince: fc.constant(null),
  now: fc.constant(now),
});

const count = (text: string) => (text === 'one' ? 1 : Number(text.replace(/,/g, '')));

/** Every figure a verdict states, read back from its words, checked against each other. */
function expectNoContradiction(verdict: RiskVerdict) {
  const { figures } = verdict;
  const text = [verdict.summary, ...verdict.reasons];
  let people: number | null = null;
  let reports: number | null = null;
  for (const line of text) {
    const total = line.match(/^([\d,]+) published reports? from (one|[\d,]+) (?:different )?(?:person|people)/);
    if (total) {
      reports = count(total[1]!);
      people = count(total[2]!);
      expect(people).toBeLessThanOrEqual(reports);
    }
  }
  if (figures.reports > 0 && verdict.level !== 'none') {
    expect(reports).toBe(figures.reports);
    expect(people).toBe(figures.people);
  }
  for (const line of text) {
    for (const mention of line.matchAll(/([\d,]+) (?:different )?people/g)) expect(count(mention[1]!)).toBeLessThanOrEqual(figures.people);
    const part = line.match(/^([\d,]+) of them /);
    if (part) expect(count(part[1]!)).toBeLessThan(people ?? 0);
    if (/^All of them /.test(line)) expect(people).toBeGreaterThan(1);
    if (/^They /.test(line)) expect(people).toBe(1);
    expect(line).not.toMatch(/^(?:They|All of them) (?:was|says)\b/);
    const recent = line.match(/^([\d,]+) reports? about contacts in the last 30 days/);
    if (recent) expect(count(recent[1]!)).toBeLessThan(reports ?? 0);
    const summaryPeople = line.match(/^(?:One person|([\d,]+) different people) /);
    if (summaryPeople && line === verdict.summary) expect(summaryPeople[1] ? count(summaryPeople[1]) : 1).toBe(figures.people);
  }
  if (verdict.label === 'Many scam reports') expect(figures.people).toBeGreaterThanOrEqual(3);
  if (verdict.label === 'Shown in scam calls') expect(figures.people).toBeGreaterThanOrEqual(2);
  if (verdict.evidence === 'screen') expect(figures.callbackPeople + figures.appPeople).toBe(0);
  if (figures.firstReportedOn && figures.lastReportedOn) expect(figures.firstReportedOn <= figures.lastReportedOn).toBe(true);
}

describe('the verdict over random report sets', () => {
  it('never states more losses or people than reports', () => {
    fc.assert(
      fc.property(reportSet(), contextArb, (reports, context) => {
        const { figures } = assessRisk(evidenceOf(reports, now), context);
        expect(figures.lossPeople).toBeLessThanOrEqual(figures.reports);
        expect(figures.lossPeople).toBeLessThanOrEqual(figures.people);
        expect(figures.people).toBeLessThanOrEqual(figures.reports);
        expect(figures.callbackPeople + figures.appPeople + figures.organisationPeople).toBeLessThanOrEqual(figures.people);
        expect(figures.recentReports).toBeLessThanOrEqual(figures.reports);
      }),
      { numRuns: 500 },
    );
  });

  it('never rises when only display-only reports of a verified number are added', () => {
    const displayOnly = reportSet().map((reports) => reports.map((report): ModelReport => ({ ...report, role: 'displayed' })));
    fc.assert(
      fc.property(reportSet(), displayOnly, (base, added) => {
        const context: RiskContext = { disputeState: 'none', verified: bank, ownedSince: null, now };
        const before = assessRisk(evidenceOf(base, now), context);
        const after = assessRisk(evidenceOf([...base, ...added], now), context);
        expect(LEVEL_RANK[after.level]).toBeLessThanOrEqual(LEVEL_RANK[before.level]);
        expect([after.label, after.summary, ...after.reasons, ...after.steps].join(' ')).not.toMatch(/\bscams?\b|\bblock|do not call back/i);
      }),
      { numRuns: 300 },
    );
  });

  it('gives no reason that contradicts another', () => {
    fc.assert(
      fc.property(reportSet(), contextArb, (reports, context) => {
        expectNoContradiction(assessRisk(evidenceOf(reports, now), context));
      }),
      { numRuns: 500 },
    );
  });

  it('never raises a number only seen on phone screens above medium, nor brands it with the callback advice', () => {
    const screens = reportSet().map((reports) => reports.map((report): ModelReport => ({ ...report, role: 'displayed', channel: 'phone' })));
    fc.assert(
      fc.property(screens, (reports) => {
        const verdict = assessRisk(evidenceOf(reports, now), { disputeState: 'none', verified: null, ownedSince: null, now });
        expect(LEVEL_RANK[verdict.level]).toBeLessThanOrEqual(LEVEL_RANK.medium);
        expect(verdict.steps.join(' ')).not.toMatch(/Block the number/);
      }),
      { numRuns: 300 },
    );
  });

});
