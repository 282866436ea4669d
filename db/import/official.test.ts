import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { ftcDncAdapter } from '@/lib/official-data/ftc-dnc';
import { queryRows } from '../client';
import { getOfficialSummaries } from '../queries/official-complaints';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { importOfficialFile } from './official';

const FTC_SAMPLE = path.join(import.meta.dirname, 'fixtures', 'ftc-dnc-sample.csv');

describeEachEngine('importing an FTC Do Not Call file', (engine) => {
  const database = useTestDatabase(engine);

  it('stores each usable complaint once, counts what it skipped, and gives the same counts the second time', async () => {
    const first = await importOfficialFile(database.db, ftcDncAdapter, fs.createReadStream(FTC_SAMPLE));
    expect(first).toEqual({
      read: 11,
      imported: 6,
      alreadyPresent: 1,
      skipped: { blank_number: 1, invalid_number: 2, bad_date: 1 },
    });
    const second = await importOfficialFile(database.db, ftcDncAdapter, fs.createReadStream(FTC_SAMPLE));
    expect(second).toEqual({ ...first, imported: 0, alreadyPresent: 7 });

    const stored = await queryRows<{ e164: string; n: number }>(database.db, sql`SELECT e164, count(*)::int AS n FROM official_complaints GROUP BY e164 ORDER BY e164`);
    expect(stored).toEqual([
      { e164: '+13035550147', n: 3 },
      { e164: '+13035550199', n: 1 },
      { e164: '+18005550112', n: 2 },
    ]);
    // Junk numbers never become numbers, and nothing of the consumer's location is kept.
    const [dump] = await queryRows<{ text: string }>(database.db, sql`SELECT coalesce(string_agg(t::text, ' '), '') AS text FROM official_complaints AS t`);
    for (const place of ['Denver', 'Colorado', 'Tampa', '720']) expect(dump!.text).not.toContain(place);
    const [numbers] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM phone_numbers`);
    expect(numbers!.n).toBe(0);
  });

  it('sums up what the source says about a number', async () => {
    expect(await getOfficialSummaries(database.db, '+13035550147')).toEqual([
      { source: 'ftc_dnc', complaints: 3, firstReportedOn: '2026-11-02', lastReportedOn: '2026-11-04', robocalls: 2, topSubject: 'Warranties & protection plans' },
    ]);
    expect(await getOfficialSummaries(database.db, '+447700900123')).toEqual([]);
  });

  it('refuses a file that is not of the source, before storing anything', async () => {
    const other = Readable.from(['Number,Date\n3035550147,2026-11-02\n']);
    await expect(importOfficialFile(database.db, ftcDncAdapter, other)).rejects.toThrow(
      'This is not a file of the US Federal Trade Commission, Do Not Call complaints: its header lacks Company_Phone_Number, Created_Date',
    );
    const [stored] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM official_complaints`);
    expect(stored!.n).toBe(6);
  });
});
