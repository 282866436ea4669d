import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { isoDateDaysAgo } from '@/lib/format';
import { queryRows } from '../client';
import { describeEachEngine, useTestDatabase, type TestDatabase } from '../test/database';
import { captureQueries, explain } from '../test/explain';
import { browseNumbers, getPhoneNumber, searchNumbersByDigits } from './phone-numbers';
import { listExportNumbers, listExportReports } from './open-data';
import { getNumberBreakdown, getPublicTotals, listLatestReports, listNumberReports, listPublishedReports } from './reports';
import { listTopNumbers } from './stats';

const NUMBERS = 20_000;
const REPORTS = 100_000;

/** A skewed data set of the size the lookup must stay fast at, loaded with plain SQL. */
async function seedScale(database: TestDatabase) {
  const db = database.db;
  await db.execute(sql`SELECT setseed(0.42)`);
  await db.execute(sql`
    INSERT INTO phone_numbers (e164, country_code, calling_code, line_type)
    SELECT '+4479' || lpad(i::text, 8, '0'), CASE WHEN i % 5 = 0 THEN 'GG' ELSE 'GB' END, '44', 'mobile'
      FROM generate_series(1, ${NUMBERS}) AS i`);
  await db.execute(sql`
    INSERT INTO reports (reference, status, displayed_e164, callback_e164, channel, category, occurred_on,
                         description, description_redacted, published_at, ip_hash, loss_amount_minor, loss_currency)
    SELECT 'SR-' || lpad(to_hex(i), 9, '0'), s.status,
           '+4479' || lpad((1 + floor(${NUMBERS} * random() ^ 3))::int::text, 8, '0'),
           CASE WHEN i % 7 = 0 THEN '+4479' || lpad((1 + floor(${NUMBERS} * random()))::int::text, 8, '0') END,
           (ARRAY['phone_call','missed_call','sms','whatsapp_call','whatsapp_message','telegram','other_app'])[1 + i % 7],
           (ARRAY['bank_impersonation','task_job','robocall','investment','delivery','other'])[1 + i % 6],
           current_date - (i % 400), repeat('They said they were the bank. ', 6), repeat('They said they were the bank. ', 6),
           CASE WHEN s.status = 'approved' THEN now() - (i % 400) * interval '1 day' END,
           md5((i % 50000)::text),
           CASE WHEN i % 9 = 0 THEN 1000 + i END, CASE WHEN i % 9 = 0 THEN 'GBP' END
      FROM generate_series(1, ${REPORTS}) AS i,
           LATERAL (SELECT CASE WHEN i % 10 < 7 THEN 'approved' WHEN i % 10 < 8 THEN 'pending' WHEN i % 10 < 9 THEN 'rejected' ELSE 'spam' END AS status) AS s`);
  await db.execute(sql`UPDATE reports SET callback_e164 = NULL WHERE callback_e164 = displayed_e164`);
  await db.execute(sql`
    UPDATE phone_numbers AS p SET
      report_count = a.n, displayed_count = a.n, last_reported_on = a.last, first_reported_on = a.first,
      categories = a.categories, channels = a.channels
    FROM (SELECT displayed_e164 AS e164, count(*)::int AS n, max(occurred_on) AS last, min(occurred_on) AS first,
                 array_agg(DISTINCT category) AS categories, array_agg(DISTINCT channel) AS channels
            FROM reports WHERE status = 'approved' GROUP BY 1) AS a
    WHERE p.e164 = a.e164`);
  await db.execute(sql`VACUUM ANALYZE`);
}

describeEachEngine(`query plans at ${REPORTS.toLocaleString('en')} reports`, (engine) => {
  const database = useTestDatabase(engine);
  let hot: string;
  beforeAll(async () => {
    await seedScale(database);
    const top = await browseNumbers(database.db, { sort: 'most', limit: 1 });
    hot = top.rows[0]!.e164;
  }, 300_000);

  const cases: Array<[string, (db: Parameters<Parameters<typeof captureQueries>[1]>[0]) => Promise<unknown>]> = [
    ['a number page: summary', (db) => getPhoneNumber(db, hot)],
    ['a number page: its reports', (db) => listNumberReports(db, { e164: hot, limit: 20, offset: 0 })],
    ['a number page: breakdowns', (db) => getNumberBreakdown(db, { e164: hot, since: '2026-01-01' })],
    ['partial search', (db) => searchNumbersByDigits(db, { digits: '0012345', page: 1, pageSize: 20 })],
    ['browse, most reported', (db) => browseNumbers(db, { sort: 'most', limit: 25 })],
    ['browse, most reported, page deep', (db) => browseNumbers(db, { sort: 'most', limit: 25, after: { key: 3, e164: '+447900010000' } })],
    ['browse, latest in a country', (db) => browseNumbers(db, { sort: 'latest', country: 'GG', limit: 25, after: { key: '2026-01-01', e164: '+447900010000' } })],
    ['browse, by kind of scam', (db) => browseNumbers(db, { sort: 'most', category: 'investment', channel: 'sms', limit: 25 })],
    ['latest reports', (db) => listLatestReports(db, { limit: 8 })],
    ['latest reports, an older page', (db) => listPublishedReports(db, { before: { publishedMicros: '1700000000000000', id: 50_000 }, limit: 20 })],
    ['home page totals', (db) => getPublicTotals(db)],
    ['statistics: most reported in 30 days', (db) => listTopNumbers(db, { since: isoDateDaysAgo(30), limit: 10 })],
    ['statistics: most reported in 30 days, one country and kind', (db) => listTopNumbers(db, { since: isoDateDaysAgo(30), country: 'GG', category: 'task_job', limit: 10 })],
    ['a country’s feed', (db) => listPublishedReports(db, { country: 'GG', limit: 50 })],
    ['downloads: a batch of reports', (db) => listExportReports(db, { afterId: 50_000, publishedBefore: new Date(), limit: 5_000 })],
    // The same share of the table as a batch of 5,000 at 300,000 numbers: at 20,000, a batch that
    // size would be a quarter of the table, which a sequential scan rightly reads faster.
    ['downloads: a batch of numbers', (db) => listExportNumbers(db, { afterE164: '+447900010000', limit: 300 })],
  ];

  it.each(cases)('%s reads through an index, never a full scan', async (_name, run) => {
    const queries = await captureQueries(database, run);
    expect(queries.length).toBeGreaterThan(0);
    let scanned = 0;
    for (const query of queries) {
      const nodes = await explain(database, query);
      const scans = nodes.filter((node) => node.relation === 'reports' || node.relation === 'phone_numbers');
      scanned += scans.length;
      for (const scan of scans) expect(scan.type, `${scan.relation} in: ${query.sql}`).not.toBe('Seq Scan');
    }
    expect(scanned).toBeGreaterThan(0);
  });

  it('the home page totals never read the reports, and count them exactly', async () => {
    const queries = await captureQueries(database, (db) => getPublicTotals(db));
    for (const query of queries) {
      expect((await explain(database, query)).map((node) => node.relation)).not.toContain('reports');
    }
    const [approved] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM reports WHERE status = 'approved'`);
    expect((await getPublicTotals(database.db)).reports).toBe(approved!.n);
  });
});
