import type { Category, OfficialSource } from '@/db/constants';
import type { CountryCode } from '@/lib/phone';

/**
 * One source of official complaint data (the FTC's Do Not Call files; the FCC's complaint CSV
 * or a national feed would be others): which columns its files have, how to read a row, and
 * the country its numbers are dialled from. The importer does the rest: parsing the CSV as a
 * stream, checking numbers with the phone module, skipping and counting what cannot be used,
 * and storing each complaint once.
 */
export interface OfficialAdapter {
  source: OfficialSource;
  /** The header a file of this source has; a file without these columns is refused. */
  columns: readonly string[];
  /** Region for numbers written without a country code. */
  defaultRegion: CountryCode;
  read(row: Record<string, string | undefined>): AdapterRow;
}

export type AdapterRow =
  | { ok: true; number: string; complaint: OfficialComplaintFields }
  | { ok: false; reason: SkipReason };

export interface OfficialComplaintFields {
  reportedOn: string;
  occurredOn: string | null;
  subject: string | null;
  category: Category;
  robocall: boolean | null;
}

export const SKIP_REASONS = {
  blank_number: 'no number',
  invalid_number: 'not a valid phone number',
  bad_date: 'no usable complaint date',
  malformed_row: 'a row the CSV reader could not read',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;
