import fc from 'fast-check';
import { isoDateDaysAgo } from '../format';
import type { NumberEvidence } from '../risk';

/** One published report about a number, as the verdict sees it. */
export interface ModelReport {
  /** Who sent it: reports with the same reporter are one person; null is a person of its own. */
  reporter: number | null;
  role: 'displayed' | 'callback';
  lost: boolean;
  /** The reporter said the screen showed a real organisation's number or name. */
  organisation: boolean;
  daysAgo: number;
}

/** Random sets of reports: a few reporters who often send more than one, over about a year. */
export function reportSet(maxLength = 40): fc.Arbitrary<ModelReport[]> {
  return fc.array(
    fc.record({
      reporter: fc.option(fc.integer({ min: 0, max: 8 }), { freq: 5 }),
      role: fc.constantFrom('displayed' as const, 'callback' as const),
      lost: fc.boolean(),
      organisation: fc.boolean(),
      daysAgo: fc.integer({ min: 0, max: 400 }),
    }),
    { maxLength },
  );
}

/**
 * What `getNumberEvidence` counts, written plainly: the reference the database query is tested
 * against, and the input of the verdict's property tests.
 */
export function evidenceOf(reports: readonly ModelReport[], now: Date, ownedSinceDaysAgo: number | null = null): NumberEvidence {
  const counted = ownedSinceDaysAgo === null ? reports : reports.filter((report) => report.daysAgo <= ownedSinceDaysAgo);
  const people = new Map<string, { callback: boolean; organisation: boolean; lost: boolean }>();
  counted.forEach((report, index) => {
    const key = report.reporter === null ? `own:${index}` : `reporter:${report.reporter}`;
    const person = people.get(key) ?? { callback: false, organisation: false, lost: false };
    person.callback ||= report.role === 'callback';
    person.organisation ||= report.role === 'displayed' && report.organisation;
    person.lost ||= report.lost;
    people.set(key, person);
  });
  const all = [...people.values()];
  const days = counted.map((report) => report.daysAgo);
  return {
    reports: counted.length,
    people: all.length,
    callbackPeople: all.filter((p) => p.callback).length,
    organisationPeople: all.filter((p) => p.organisation && !p.callback).length,
    lossPeople: all.filter((p) => p.lost).length,
    recentReports: counted.filter((report) => report.daysAgo <= 30).length,
    firstReportedOn: days.length ? isoDateDaysAgo(Math.max(...days), now) : null,
    lastReportedOn: days.length ? isoDateDaysAgo(Math.min(...days), now) : null,
    reportsBeforeOwner: reports.length - counted.length,
  };
}
