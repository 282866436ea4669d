import { describe, expect, it } from 'vitest';
import { CATEGORIES, CHANNELS, REPORT_STATUSES } from '@/db/constants';
import { parsePhone } from '@/lib/phone';
import { getPhoneNumber } from '../queries/phone-numbers';
import { getPublicTotals, listLatestReports } from '../queries/reports';
import { getVerifiedNumber } from '../queries/verified-numbers';
import { DEMO_DATA_KEY, getSiteMeta } from '../queries/site-meta';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { generateDemoData, isDatabaseEmpty, loadDemoData } from './demo';

const now = new Date('2026-11-20T12:00:00Z');

describe('generateDemoData', () => {
  const data = generateDemoData({ seed: 7, now });

  it('is the same for the same seed and date', () => {
    expect(generateDemoData({ seed: 7, now })).toEqual(data);
    expect(generateDemoData({ seed: 8, now }).reports[0]).not.toEqual(data.reports[0]);
  });

  it('covers every status, category and channel across at least 12 countries', () => {
    expect(new Set(data.reports.map((r) => r.status))).toEqual(new Set(REPORT_STATUSES));
    expect(new Set(data.reports.map((r) => r.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(data.reports.map((r) => r.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(data.numbers.map((n) => n.country)).size).toBeGreaterThanOrEqual(12);
    expect(data.numbers.length).toBeGreaterThanOrEqual(200);
    expect(data.reports.length).toBeGreaterThanOrEqual(2000);
  });

  it('uses only valid numbers and never dates a report in the future', () => {
    for (const number of data.numbers) expect(parsePhone(number.e164, null).ok).toBe(true);
    for (const report of data.reports) {
      expect(report.occurredOn <= '2026-11-20').toBe(true);
      expect((report.createdAt as Date).getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('is skewed: most numbers have few reports, a few have many', () => {
    const perNumber = new Map<string, number>();
    for (const r of data.reports) perNumber.set(r.displayedE164, (perNumber.get(r.displayedE164) ?? 0) + 1);
    const counts = [...perNumber.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(40);
    expect(counts.filter((c) => c <= 3).length).toBeGreaterThan(counts.length / 3);
  });
});

describeEachEngine('loadDemoData', (engine) => {
  const database = useTestDatabase(engine);

  it('fills an empty database, and public reads show only approved reports', async () => {
    expect(await isDatabaseEmpty(database.db)).toBe(true);
    const data = generateDemoData({ seed: 3, now: new Date() });
    const loaded = await loadDemoData(database.db, { seed: 3, now: new Date() });
    expect(loaded).toEqual({ numbers: data.numbers.length, reports: data.reports.length });
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    expect(await getSiteMeta(database.db, DEMO_DATA_KEY)).toMatchObject({ seed: 3 });

    const approved = data.reports.filter((r) => r.status === 'approved');
    const totals = await getPublicTotals(database.db);
    expect(totals.reports).toBe(approved.length);

    const latest = await listLatestReports(database.db, { limit: 50 });
    const approvedReferences = new Set(approved.map((r) => r.reference));
    expect(latest).toHaveLength(50);
    for (const report of latest) {
      expect(approvedReferences.has(report.reference)).toBe(true);
      expect(Object.keys(report)).not.toContain('reporterEmail');
      expect(Object.keys(report)).not.toContain('ipHash');
    }

    const busiest = approved.reduce<Map<string, number>>((map, r) => map.set(r.displayedE164, (map.get(r.displayedE164) ?? 0) + 1), new Map());
    const [e164, count] = [...busiest.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(await getPhoneNumber(database.db, e164)).toMatchObject({ e164, displayedCount: count });

    // Invented organisations' genuine numbers, faked in some reports, are in the registry.
    for (const genuine of data.verified) {
      expect(await getVerifiedNumber(database.db, genuine.e164)).toMatchObject({ organisation: genuine.organisation });
      expect(data.reports.filter((r) => r.displayedE164 === genuine.e164 && r.screenShowedOrganisation)).toHaveLength(genuine.spoofedReports);
    }
  });
});
