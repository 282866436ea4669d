import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderReportsFeed } from '@/lib/atom-feed';
import { listDumps } from '@/lib/open-data';
import { parsePhone } from '@/lib/phone';
import { listPublishedReports } from '../queries/reports';
import { getReportStatistics } from '../queries/stats';
import { addVerifiedNumber } from '../queries/verified-numbers';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createPhoneNumber, createReport } from '../test/factories';
import { exportOpenData } from './open-data';

const read = (file: string) => zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');

describeEachEngine('downloads and feeds', (engine) => {
  const database = useTestDatabase(engine);
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'open-data-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('hold published reports and their numbers, and never free text, contact details, IP hashes or unpublished reports', async () => {
    const db = database.db;
    const callback = await createPhoneNumber(db);
    const published = await createReport(db, {
      status: 'approved',
      callbackE164: callback.e164,
      category: 'task_job',
      channel: 'whatsapp_message',
      description: 'Priya Raman wrote this private text, call me on +91 98765 00000',
      descriptionRedacted: 'A redacted text that is still free text: UNIQUE-REDACTED-MARKER',
      callerIdName: 'UNIQUE-CALLER-NAME',
      reporterEmail: 'victim-unique@example.org',
      reporterCountry: 'NZ',
      ipHash: 'unique-ip-hash-0123456789abcdef',
      lossAmountMinor: 5_000_000,
      lossCurrency: 'INR',
      paymentMethod: 'upi',
    });
    const spoofed = await createReport(db, { status: 'approved', screenShowedOrganisation: true });
    const spoofedPhone = parsePhone(spoofed.displayedE164, null);
    if (!spoofedPhone.ok) throw new Error('the factory made an invalid number');
    await addVerifiedNumber(db, { phone: spoofedPhone.phone, organisation: 'Example Bank', sourceUrl: 'https://bank.example/contact', actor: { id: null, label: 'cli' } });
    const pending = await createReport(db, { status: 'pending', description: 'UNIQUE-PENDING-TEXT' });
    const rejected = await createReport(db, { status: 'rejected' });

    const manifest = await exportOpenData(db, { dir, now: new Date(Date.now() + 1000) });
    const day = path.join(dir, manifest.date);
    const files = Object.fromEntries(['reports.csv.gz', 'reports.jsonl.gz', 'numbers.csv.gz', 'numbers.jsonl.gz', 'totals.csv.gz', 'totals.jsonl.gz'].map((name) => [name, read(path.join(day, name))]));
    const everything = Object.values(files).join('\n');

    for (const secret of ['Priya', 'UNIQUE-REDACTED-MARKER', 'UNIQUE-CALLER-NAME', 'victim-unique@example.org', 'unique-ip-hash', 'UNIQUE-PENDING-TEXT', pending.reference, rejected.reference, pending.displayedE164, rejected.displayedE164, '@']) {
      expect(everything).not.toContain(secret);
    }
    const csvLines = files['reports.csv.gz']!.trim().split('\n');
    expect(csvLines[0]).toBe('reference,published_on,occurred_on,number,number_country,callback_number,callback_country,channel,category,ftc_subject,chakshu_category,scamwatch_type,payment_method,loss_currency,loss_band');
    expect(csvLines.find((line) => line.startsWith(published.reference))).toContain(`${published.displayedE164},IN,${callback.e164},IN,whatsapp_message,task_job,Work from home`);
    const record = files['reports.jsonl.gz']!.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>).find((row) => row.reference === published.reference);
    expect(record).toMatchObject({ loss_currency: 'INR', loss_band: '10000-99999', payment_method: 'upi', scamwatch_type: 'Jobs and employment scams' });
    expect(Object.keys(record!)).not.toContain('description');

    const numbers = files['numbers.jsonl.gz']!.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(numbers.find((row) => row.number === published.displayedE164)).toMatchObject({ reports: 1, reports_with_loss: 1, categories: ['task_job'], channels: ['whatsapp_message'] });
    expect(numbers.find((row) => row.number === callback.e164)).toMatchObject({ reports: 1, reports_as_callback: 1, verified: null });
    expect(numbers.find((row) => row.number === spoofed.displayedE164)).toMatchObject({ verified: { organisation: 'Example Bank', source: 'https://bank.example/contact' } });
    const numberCsv = files['numbers.csv.gz']!.trim().split('\n');
    expect(numberCsv[0]).toMatch(/,dispute_state,verified_organisation,verified_source$/);
    expect(numberCsv.find((line) => line.startsWith(spoofed.displayedE164))).toMatch(/,Example Bank,https:\/\/bank\.example\/contact$/);

    // The totals add up to what the statistics page shows, to the last paisa.
    const totals = files['totals.jsonl.gz']!.trim().split('\n').map((line) => JSON.parse(line) as { month: string; country: string | null; category: string; loss_currency: string | null; reports: number; loss_minor: number });
    const stats = await getReportStatistics(db, { fromMonth: '2000-01-01', toMonth: '2100-12-01' });
    expect(totals.reduce((sum, row) => sum + row.reports, 0)).toBe(stats.reports);
    for (const loss of stats.losses) {
      expect(totals.filter((row) => row.loss_currency === loss.currency).reduce((sum, row) => sum + row.loss_minor, 0)).toBe(loss.totalMinor);
    }
    expect(totals).toContainEqual({ month: published.occurredOn.slice(0, 7), country: 'IN', category: 'task_job', loss_currency: 'INR', reports: 1, loss_minor: 5_000_000 });
    expect(files['totals.csv.gz']!.split('\n')[0]).toBe('month,country,category,loss_currency,reports,loss_minor');

    // The checksums and row counts say what the files hold.
    for (const file of manifest.files) {
      expect(createHash('sha256').update(fs.readFileSync(path.join(day, file.name))).digest('hex')).toBe(file.sha256);
      expect(read(path.join(day, file.name)).trim().split('\n').length).toBe(file.rows + (file.format === 'csv' ? 1 : 0));
    }
    expect(fs.readFileSync(path.join(day, 'SHA256SUMS'), 'utf8')).toContain(`${manifest.files[0]!.sha256}  reports.csv.gz\n`);

    const { rows } = await listPublishedReports(db, { limit: 50 });
    const feed = renderReportsFeed({ title: 'Test feed', self: new URL('http://localhost/feeds/latest.xml'), page: new URL('http://localhost/reports'), reports: rows });
    expect(feed).toContain(published.reference);
    expect(feed).toContain('Money lost: 10,000 to 99,999 INR, by UPI.');
    for (const secret of ['Priya', 'UNIQUE-REDACTED-MARKER', 'UNIQUE-CALLER-NAME', 'victim-unique@example.org', 'unique-ip-hash', pending.reference, rejected.reference]) {
      expect(feed).not.toContain(secret);
    }
  });

  it('replaces a dump made the same day, and keeps the last seven days', async () => {
    const history = path.join(dir, 'history');
    for (let day = 1; day <= 9; day += 1) {
      await exportOpenData(database.db, { dir: history, now: new Date(Date.UTC(2026, 0, day, 12)) });
    }
    await exportOpenData(database.db, { dir: history, now: new Date(Date.UTC(2026, 0, 9, 18)) });
    const dumps = listDumps(history);
    expect(dumps.map((dump) => dump.date)).toEqual(['2026-01-09', '2026-01-08', '2026-01-07', '2026-01-06', '2026-01-05', '2026-01-04', '2026-01-03']);
    expect(dumps[0]!.publishedBefore).toBe('2026-01-09T18:00:00.000Z');
    expect(fs.readdirSync(history).filter((entry) => entry.startsWith('.'))).toEqual([]);
  });
});
