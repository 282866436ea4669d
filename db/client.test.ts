import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { settings } from '@/lib/settings';
import { openDatabase, pingDatabase, queryRows, scheduleCheckpoints } from './client';
import { getPhoneNumber } from './queries/phone-numbers';
import { auditEvents, disputes, users } from './schema';
import { createPhoneNumber, createReport } from './test/factories';
import { createTestDatabase, describeEachEngine, useTestDatabase } from './test/database';

/** Drizzle wraps the database's error; the reason is in its cause. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
  throw new Error('the database accepted it');
}

describeEachEngine('database', (engine) => {
  const database = useTestDatabase(engine);

  it('answers a ping once migrated, and reports a closed database as down', async () => {
    expect(await pingDatabase(database.db)).toBe(true);
    const other = await createTestDatabase(engine);
    await other.destroy();
    expect(await pingDatabase(other.db)).toBe(false);
  });

  it('creates every table of the data model and the trigram extension', async () => {
    const tables = await queryRows<{ name: string }>(
      database.db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['audit_events', 'disputes', 'phone_numbers', 'reports', 'site_meta', 'users']),
    );
    const extensions = await queryRows<{ extname: string }>(database.db, sql`select extname from pg_extension`);
    expect(extensions.map((e) => e.extname)).toContain('pg_trgm');
  });

  it('stores E.164 numbers with binary collation', async () => {
    const [column] = await queryRows<{ collation_name: string }>(
      database.db,
      sql`select collation_name from information_schema.columns where table_name = 'phone_numbers' and column_name = 'e164'`,
    );
    expect(column?.collation_name).toBe('C');
  });

  it('refuses a number that is not E.164', async () => {
    expect(
      await refusal(database.db.execute(sql`insert into phone_numbers (e164, calling_code) values ('07911 123456', '44')`)),
    ).toMatch(/phone_numbers_e164_check/);
  });

  it('counts only approved reports towards a number, in both roles', async () => {
    const callback = await createPhoneNumber(database.db);
    const first = await createReport(database.db, { status: 'approved', callbackE164: callback.e164, lossAmountMinor: 500_00, lossCurrency: 'INR' });
    await createReport(database.db, { status: 'approved', displayedE164: first.displayedE164, ipHash: 'same-reporter' });
    await createReport(database.db, { status: 'approved', displayedE164: first.displayedE164, ipHash: 'same-reporter' });
    await createReport(database.db, { status: 'pending', displayedE164: first.displayedE164 });
    await createReport(database.db, { status: 'rejected', displayedE164: first.displayedE164 });

    expect(await getPhoneNumber(database.db, first.displayedE164)).toMatchObject({
      reportCount: 3,
      displayedCount: 3,
      callbackCount: 0,
      lossReportCount: 1,
      reporterCount: 2,
    });
    expect(await getPhoneNumber(database.db, callback.e164)).toMatchObject({ reportCount: 1, displayedCount: 0, callbackCount: 1 });
  });

  it('refuses a published report without a publication time, and a loss without a currency', async () => {
    const number = await createPhoneNumber(database.db);
    expect(
      await refusal(
        database.db.execute(sql`insert into reports (reference, status, displayed_e164, channel, category, occurred_on, description, description_redacted)
          values ('SR-TEST-0001', 'approved', ${number.e164}, 'sms', 'other', '2026-01-01', 'x', 'x')`),
      ),
    ).toMatch(/reports_published_check/);
    expect(await refusal(createReport(database.db, { lossAmountMinor: 100, lossCurrency: null }))).toMatch(/reports_loss_check/);
    expect(await refusal(createReport(database.db, { lossAmountMinor: null, lossCurrency: 'GBP' }))).toMatch(/reports_loss_check/);
    expect(await refusal(createReport(database.db, { lossAmountMinor: 100, lossCurrency: 'gbp' }))).toMatch(/reports_loss_check/);
  });

  it('keeps the audit log append-only', async () => {
    const [event] = await database.db.insert(auditEvents).values({ actorLabel: 'system', action: 'test.event' }).returning();
    expect(await refusal(database.db.update(auditEvents).set({ action: 'rewritten' }).where(eq(auditEvents.id, event!.id)))).toMatch(/append-only/);
    expect(await refusal(database.db.delete(auditEvents).where(eq(auditEvents.id, event!.id)))).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`truncate audit_events`))).toMatch(/append-only/);
    const [still] = await database.db.select().from(auditEvents).where(eq(auditEvents.id, event!.id));
    expect(still?.action).toBe('test.event');
  });

  it('needs two different staff members to uphold a dispute', async () => {
    const number = await createPhoneNumber(database.db);
    const [alice, bob] = await database.db
      .insert(users)
      .values([
        { email: `alice-${engine}@example.org`, name: 'Alice', role: 'moderator', passwordHash: 'x' },
        { email: `bob-${engine}@example.org`, name: 'Bob', role: 'admin', passwordHash: 'x' },
      ])
      .returning();
    const base = { e164: number.e164, statement: 'This is my shop number and people tell me it calls them. It does not.' };
    expect(
      await refusal(database.db.insert(disputes).values({ ...base, reference: 'SD-AAAA-0001', status: 'upheld', proposedBy: alice!.id, decidedBy: alice!.id })),
    ).toMatch(/disputes_four_eyes_check/);
    await expect(
      database.db.insert(disputes).values({ ...base, reference: 'SD-AAAA-0002', status: 'upheld', proposedBy: alice!.id, decidedBy: bob!.id }),
    ).resolves.toBeTruthy();
  });

  it('refuses an email address with capitals, so one person cannot have two accounts', async () => {
    expect(
      await refusal(database.db.insert(users).values({ email: 'Carol@Example.org', name: 'Carol', role: 'moderator', passwordHash: 'x' })),
    ).toMatch(/users_email_lowercase_check/);
  });
});

describe('the embedded database', () => {
  it('writes a checkpoint every so often, so that a start after a crash replays little', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-checkpoint-'));
    const handle = await openDatabase({ engine: 'pglite', dir });
    try {
      const redo = async () => ((await handle.rawQuery('SELECT redo_lsn::text AS lsn FROM pg_control_checkpoint()', []))[0] as { lsn: string }).lsn;
      await handle.rawQuery('CREATE TABLE changes (n int)', []);
      const before = await redo();
      await handle.rawQuery('INSERT INTO changes SELECT generate_series(1, 10000)', []);
      const stop = scheduleCheckpoints(handle, 50);
      await expect.poll(redo, { timeout: 5_000 }).not.toBe(before);
      stop();
      const [{ behind }] = (await handle.rawQuery('SELECT pg_current_wal_lsn() - redo_lsn AS behind FROM pg_control_checkpoint()', [])) as [{ behind: string }];
      expect(Number(behind)).toBeLessThan(100_000);
    } finally {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a page cache of 64 MB, which it holds in memory from the start', async () => {
    const handle = await openDatabase({ engine: 'pglite', dir: null });
    try {
      expect(await handle.rawQuery('SHOW shared_buffers', [])).toEqual([{ shared_buffers: '64MB' }]);
    } finally {
      await handle.close();
    }
  });
});

describe('the PostgreSQL pool', () => {
  it('gives up a statement that runs past the timeout it was opened with, from its first query on', async () => {
    const url = settings().testDatabaseUrl ?? 'postgres://postgres@127.0.0.1:5432/test';
    const handle = await openDatabase({ engine: 'postgres', url, poolSize: 1 }, { statementTimeoutMs: 300 });
    try {
      await expect(handle.rawQuery('SELECT pg_sleep(2)', [])).rejects.toThrow(/statement timeout/);
      expect(await handle.rawQuery('SHOW statement_timeout', [])).toEqual([{ statement_timeout: '300ms' }]);
    } finally {
      await handle.close();
    }
  });
});
