import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../client';
import { getPhoneNumber, refreshNumberCounters } from '../queries/phone-numbers';
import { getPublicTotals } from '../queries/reports';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { csvLine, loadScaleData, planScaleData, readScaleFingerprint, scaleReports } from './scale';

const now = new Date('2026-11-20T12:00:00Z');

describe('planScaleData', () => {
  const plan = planScaleData({ reports: 20_000, seed: 5, now });

  it('gives every report a number, most numbers one report and a few numbers many', () => {
    const counts = new Map<number, number>();
    for (const owner of plan.owners) counts.set(owner, (counts.get(owner) ?? 0) + 1);
    expect(plan.owners).toHaveLength(20_000);
    expect(counts.size).toBe(plan.numbers.length);
    const values = [...counts.values()];
    expect(values.filter((c) => c === 1).length / values.length).toBeGreaterThan(0.5);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(50);
    expect(new Set(plan.numbers.map((n) => n.phone.country)).size).toBeGreaterThanOrEqual(12);
  });

  it('is the same for the same seed, report for report', () => {
    const again = planScaleData({ reports: 20_000, seed: 5, now });
    expect(again.owners).toEqual(plan.owners);
    const first = [...take(scaleReports(plan), 50)];
    expect([...take(scaleReports(again), 50)]).toEqual(first);
    expect(new Set(first.map((r) => r.reference)).size).toBe(50);
  });
});

describe('csvLine', () => {
  it('writes what COPY reads back: NULL apart from an empty string, quotes, commas, new lines and arrays', () => {
    expect(csvLine([null, '', 'say "hi", then\nleave', 12, true, ['unverified'], []])).toBe(
      ',"","say ""hi"", then\nleave",12,t,"{""unverified""}","{}"\n',
    );
  });
});

describeEachEngine('loadScaleData', (engine) => {
  const database = useTestDatabase(engine);

  it('loads every report, keeps every index, and counts each number as the app would', async () => {
    const indexNames = () =>
      queryRows<{ name: string }>(database.db, sql`SELECT indexname AS name FROM pg_indexes WHERE tablename IN ('phone_numbers', 'reports') ORDER BY 1`);
    const before = await indexNames();
    const progress: number[] = [];
    const loaded = await loadScaleData(database, { reports: 3_000, seed: 9, now }, (done) => progress.push(done));

    expect(loaded.reports).toBe(3_000);
    expect(progress.at(-1)).toBe(3_000);
    expect(await indexNames()).toEqual(before);
    const [{ reports, numbers }] = (await queryRows<{ reports: number; numbers: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM reports) AS reports, (SELECT count(*)::int FROM phone_numbers) AS numbers`,
    )) as [{ reports: number; numbers: number }];
    expect({ reports, numbers }).toEqual({ reports: 3_000, numbers: loaded.numbers });
    expect(await readScaleFingerprint(database)).toEqual({ version: 2, reports: 3_000, seed: 9, complete: true });
    const [unhashed] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM phone_numbers WHERE e164_sha256 IS DISTINCT FROM encode(sha256(convert_to(e164, 'UTF8')), 'hex')`);
    expect(unhashed!.n).toBe(0);

    // The one-pass counters agree with the per-number refresh that moderation decisions use.
    const busiest = await queryRows<{ e164: string }>(database.db, sql`SELECT e164 FROM phone_numbers ORDER BY report_count DESC LIMIT 5`);
    const bulk = await Promise.all(busiest.map(({ e164 }) => getPhoneNumber(database.db, e164)));
    await refreshNumberCounters(database.db, busiest.map(({ e164 }) => e164));
    const perNumber = await Promise.all(busiest.map(({ e164 }) => getPhoneNumber(database.db, e164)));
    expect(bulk).toEqual(perNumber);
    expect(bulk[0]!.reportCount).toBeGreaterThan(10);

    const [approved] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM reports WHERE status = 'approved'`);
    expect((await getPublicTotals(database.db)).reports).toBe(approved!.n);
  });
});

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
  if (count <= 0) return;
  let taken = 0;
  for (const item of items) {
    yield item;
    if (++taken >= count) return;
  }
}
