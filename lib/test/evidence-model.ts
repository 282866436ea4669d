import fc from 'fast-check';
import { isoDateDaysAgo } from '../format';
import type { NumberEvidence } from '../risk';

/** One published report about a number, as the verdict sees it. */
export interface ModelReport {
  /** Who sent it: reports with the same reporter are one person; null is a person of its own. */
  reporter: number | null;
  role: 'displayed' | 'callback';
  /** 'app': WhatsApp, Telegram and the like, which tie an account to its number. */
  channel: 'phone' | 'app';
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
      channel: fc.constantFrom('phone' as const, 'app' as const),
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
  const people = new Map<string, { callback: boolean; app: boolean; organisation: boolean; lost: boolean }>();
  counted.forEach((report, index) => {
    const key = report.reporter === null ? `own:${index}` : `reporter:${report.reporter}`;
    const person = people.get(key) ?? { callback: false, app: false, organisation: false, lost: false };
    const shown = report.role === 'displayed';
    person.callback ||= report.role === 'callback';
    person.app ||= shown && report.channel === 'app';
    person.organisation ||= shown && report.channel === 'phone' && report.organisation;
    person.lost ||= report.lost;
    people.set(key, person);
  });
  const all = [...people.values()];
  const days = counted.map((report) => report.daysAgo);
  return {
    reports: counted.length,
    people: all.length,
    callbackPeople: all.filter((p) => p.callback).length,
    appPeople: all.filter((p) => p.app && !p.callback).length,
    organisationPeople: all.filter((p) => p.organisation && !p.callback && !p.app).length,
    lossPeople: all.filter((p) => p.lost).length,
    recentReports: counted.filter((report) => report.daysAgo <= 30).length,
    firstReportedOn: days.length ? isoDateDaysAgo(Math.max(...days), now) : null,
    lastReportedOn: days.length ? isoDateDaysAgo(Math.min(...days), now) : null,
    reportsBeforeOwner: reports.length - counted.length,
  };
}
