import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { stringify } from 'csv-stringify/sync';
import {
  DUMPS_KEPT,
  listDumps,
  NUMBER_CSV_COLUMNS,
  numberRecord,
  OPEN_DATA_LICENCE,
  REPORT_FIELDS,
  reportRecord,
  TOTAL_FIELDS,
  type Dataset,
  type DumpFile,
  type DumpFileName,
  type DumpManifest,
} from '@/lib/open-data';
import { recordJobRun } from '../queries/operations';
import type { Db } from '../client';
import { listExportNumbers, listExportReports, listExportTotals } from '../queries/open-data';

const BATCH = 5_000;

export interface ExportOptions {
  dir: string;
  now?: Date;
  onProgress?: (dataset: Dataset, rows: number) => void;
}

/**
 * Writes today's dump: each dataset as gzipped CSV and JSON Lines, in batches, so memory stays
 * flat whatever the number of rows. The dump is assembled in a scratch folder and renamed into
 * place, so a reader never sees half a dump; a dump made again the same day replaces it.
 */
export async function exportOpenData(db: Db, { dir, now = new Date(), onProgress = () => {} }: ExportOptions): Promise<DumpManifest> {
  const date = now.toISOString().slice(0, 10);
  fs.mkdirSync(dir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(dir, `.${date}-`));
  fs.chmodSync(scratch, 0o755);
  try {
    const files: DumpFile[] = [];

    const reports = datasetWriters(scratch, 'reports', Object.keys(REPORT_FIELDS));
    for (let afterId = 0, rows = 0; ; ) {
      const batch = await listExportReports(db, { afterId, publishedBefore: now, limit: BATCH });
      if (batch.length === 0) break;
      await reports.write(batch.map(reportRecord));
      afterId = batch[batch.length - 1]!.id;
      onProgress('reports', (rows += batch.length));
    }
    files.push(...(await reports.close()));

    const numbers = datasetWriters(scratch, 'numbers', NUMBER_CSV_COLUMNS);
    for (let afterE164 = '', rows = 0; ; ) {
      const batch = await listExportNumbers(db, { afterE164, limit: BATCH });
      if (batch.length === 0) break;
      await numbers.write(batch.map(numberRecord));
      afterE164 = batch[batch.length - 1]!.e164;
      onProgress('numbers', (rows += batch.length));
    }
    files.push(...(await numbers.close()));

    const totals = datasetWriters(scratch, 'totals', Object.keys(TOTAL_FIELDS));
    const rows = await listExportTotals(db);
    for (let start = 0; start < rows.length; start += BATCH) await totals.write(rows.slice(start, start + BATCH));
    onProgress('totals', rows.length);
    files.push(...(await totals.close()));

    const manifest: DumpManifest = { date, generatedAt: new Date().toISOString(), publishedBefore: now.toISOString(), licence: OPEN_DATA_LICENCE, files };
    fs.writeFileSync(path.join(scratch, 'SHA256SUMS'), files.map((file) => `${file.sha256}  ${file.name}\n`).join(''));
    fs.writeFileSync(path.join(scratch, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

    const target = path.join(dir, date);
    const replaced = fs.existsSync(target) ? `${scratch}-replaced` : null;
    if (replaced) fs.renameSync(target, replaced);
    fs.renameSync(scratch, target);
    if (replaced) fs.rmSync(replaced, { recursive: true, force: true });
    pruneDumps(dir);
    await recordJobRun(db, 'open-data-export', { date, files: files.length });
    return manifest;
  } catch (error) {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** Deletes all but the newest dumps. */
function pruneDumps(dir: string): void {
  for (const old of listDumps(dir).slice(DUMPS_KEPT)) fs.rmSync(path.join(dir, old.date), { recursive: true, force: true });
}

type DatasetRecord = Record<string, string | number | null | string[] | Record<string, string>>;

/** A record as a CSV row: lists joined by ";", an object spread over `<key>_<field>` columns. */
function flatten(record: DatasetRecord): Record<string, string | number | null> {
  const row: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(record)) {
    if (Array.isArray(value)) row[key] = value.join(';');
    else if (value !== null && typeof value === 'object') for (const [field, inner] of Object.entries(value)) row[`${key}_${field}`] = inner;
    else row[key] = value;
  }
  return row;
}

/** One dataset written twice at once, as CSV and as JSON Lines. */
function datasetWriters(dir: string, dataset: Dataset, columns: string[]) {
  const csv = new GzipFile(path.join(dir, `${dataset}.csv.gz`));
  const jsonl = new GzipFile(path.join(dir, `${dataset}.jsonl.gz`));
  let rows = 0;
  return {
    async write(records: DatasetRecord[]) {
      await csv.write(stringify(records.map(flatten), { header: rows === 0, columns, cast: { number: String } }));
      await jsonl.write(records.map((record) => `${JSON.stringify(record)}\n`).join(''));
      rows += records.length;
    },
    async close(): Promise<DumpFile[]> {
      // An empty dataset still gets its header row, so that readers see the columns.
      if (rows === 0) await csv.write(stringify([], { header: true, columns }));
      const [csvFile, jsonlFile] = await Promise.all([csv.close(), jsonl.close()]);
      return [
        { name: `${dataset}.csv.gz` as DumpFileName, dataset, format: 'csv', rows, ...csvFile },
        { name: `${dataset}.jsonl.gz` as DumpFileName, dataset, format: 'jsonl', rows, ...jsonlFile },
      ];
    },
  };
}

/** A gzip stream to a file that counts and hashes what it writes, waiting when the disk is behind. */
class GzipFile {
  private readonly gzip = zlib.createGzip({ level: 6 });
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private readonly finished: Promise<void>;

  constructor(file: string) {
    const measure = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        callback(null, chunk);
      },
    });
    this.finished = pipeline(this.gzip, measure, fs.createWriteStream(file));
    this.finished.catch(() => {});
  }

  async write(text: string): Promise<void> {
    if (!this.gzip.write(text)) await once(this.gzip, 'drain');
  }

  async close(): Promise<{ bytes: number; sha256: string }> {
    this.gzip.end();
    await this.finished;
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}
