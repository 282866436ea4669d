import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { OFFICIAL_SOURCE_INFO } from '@/db/constants';
import { AppError } from '@/lib/errors';
import type { OfficialAdapter, SkipReason } from '@/lib/official-data';
import { parsePhone } from '@/lib/phone';
import type { Db } from '../client';
import { insertOfficialComplaints } from '../queries/official-complaints';
import type { NewOfficialComplaint } from '../schema';

export interface ImportSummary {
  read: number;
  imported: number;
  /** Complaints already stored by an earlier import (or twice in this file). */
  alreadyPresent: number;
  skipped: Partial<Record<SkipReason, number>>;
}

const BATCH = 1_000;

/**
 * Reads one official CSV file as a stream, a batch of rows at a time, so memory stays flat
 * whatever the file's size. Each usable row is stored once, keyed by a digest of the row as
 * published; numbers go through the same phone module as everything else, in the source's
 * country. Rows that cannot be used are counted by reason, never stored.
 */
export async function importOfficialFile(
  db: Db,
  adapter: OfficialAdapter,
  input: Readable,
  onProgress: (summary: ImportSummary) => void = () => {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { read: 0, imported: 0, alreadyPresent: 0, skipped: {} };
  const skip = (reason: SkipReason) => {
    summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
  };
  const parser = input.pipe(
    parse({
      columns: (header: string[]) => {
        const columns = header.map((name) => name.trim());
        const missing = adapter.columns.filter((name) => !columns.includes(name));
        if (missing.length > 0) {
          throw new AppError('INVALID_INPUT', `This is not a file of the ${OFFICIAL_SOURCE_INFO[adapter.source].name}: its header lacks ${missing.join(', ')}.`);
        }
        return columns;
      },
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
    }),
  );
  parser.on('skip', () => {
    summary.read += 1;
    skip('malformed_row');
  });
  input.on('error', (error) => parser.destroy(error));

  let batch: NewOfficialComplaint[] = [];
  const flush = async () => {
    const inserted = await insertOfficialComplaints(db, batch);
    summary.imported += inserted;
    summary.alreadyPresent += batch.length - inserted;
    batch = [];
    onProgress(summary);
  };

  for await (const row of parser as AsyncIterable<Record<string, string | undefined>>) {
    summary.read += 1;
    const read = adapter.read(row);
    if (!read.ok) {
      skip(read.reason);
      continue;
    }
    if (!/\d/.test(read.number)) {
      skip('blank_number');
      continue;
    }
    const phone = parsePhone(read.number, adapter.defaultRegion);
    if (!phone.ok) {
      skip('invalid_number');
      continue;
    }
    const digest = createHash('sha256')
      .update(adapter.columns.map((name) => row[name] ?? '').join('\u001f'))
      .digest('hex');
    batch.push({ source: adapter.source, e164: phone.phone.e164, rowDigest: digest, ...read.complaint });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return summary;
}
