import fs from 'node:fs';
import path from 'node:path';
import { CATEGORY_INFO, type Category, type Channel, type DisputeState, type LineType, type PaymentMethod } from '@/db/constants';
import { currencyDigits } from './money';
import { settings } from './settings';

/**
 * The daily downloads: every published report and every reported number, without free text or
 * anything about the person who reported. Written by `npm run export` (and once a day by the
 * server) into a folder per day, served at /data.
 */
export const OPEN_DATA_LICENCE = { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', shortName: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const DATASETS = ['reports', 'numbers', 'totals'] as const;
export type Dataset = (typeof DATASETS)[number];
export const FORMATS = ['csv', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** Every file a dump holds: each dataset gzipped in both formats, its checksums and its manifest. */
export const DUMP_FILES = [
  'reports.csv.gz',
  'reports.jsonl.gz',
  'numbers.csv.gz',
  'numbers.jsonl.gz',
  'totals.csv.gz',
  'totals.jsonl.gz',
  'SHA256SUMS',
  'manifest.json',
] as const;
export type DumpFileName = (typeof DUMP_FILES)[number];

/** Dumps kept on disk; older days are deleted after each export. */
export const DUMPS_KEPT = 7;

export interface DumpFile {
  name: DumpFileName;
  dataset: Dataset;
  format: Format;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface DumpManifest {
  /** The day the dump was made (UTC), also its folder's name. */
  date: string;
  generatedAt: string;
  /** Reports published up to this moment are in the dump. */
  publishedBefore: string;
  licence: typeof OPEN_DATA_LICENCE;
  files: DumpFile[];
}

/** The folder dumps are written to and served from. */
export function openDataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ settings().openDataDir);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The dumps on disk, newest first. A folder without a readable manifest is not a dump. */
export function listDumps(dir: string = openDataDir()): DumpManifest[] {
  let entries: string[];
  try {
    entries = fs.readdirSync(/* turbopackIgnore: true */ dir);
  } catch {
    return [];
  }
  return entries
    .filter((entry) => DAY.test(entry))
    .sort()
    .reverse()
    .flatMap((entry) => {
      const manifest = readManifest(dir, entry);
      return manifest ? [manifest] : [];
    });
}

export function readManifest(dir: string, date: string): DumpManifest | null {
  if (!DAY.test(date)) return null;
  try {
    const manifest = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ path.join(dir, date, 'manifest.json'), 'utf8')) as DumpManifest;
    return manifest.date === date && Array.isArray(manifest.files) ? manifest : null;
  } catch {
    return null;
  }
}

/** Columns of the reports dataset, in order, with what each holds. */
export const REPORT_FIELDS = {
  reference: 'The report’s public reference, as on the number’s page.',
  published_on: 'The day a moderator published the report (UTC).',
  occurred_on: 'The day of the call or message, as the person reported it.',
  number: 'The number shown on caller ID or as the sender, in E.164. It may have been spoofed.',
  number_country: 'ISO 3166-1 country of that number; empty for non-geographic numbers.',
  callback_number: 'The number the person was told to call back, message or pay, in E.164; empty if none.',
  callback_country: 'ISO 3166-1 country of the callback number.',
  channel: 'How the contact came: phone_call, missed_call, sms, whatsapp_call, whatsapp_message, telegram, other_app.',
  category: 'The kind of scam, one of this site’s categories.',
  ftc_subject: 'The closest subject in the US FTC Do Not Call data.',
  chakshu_category: 'The closest category of India’s Chakshu facility (Sanchar Saathi).',
  scamwatch_type: 'The closest scam type used by Australia’s Scamwatch.',
  payment_method: 'How money was paid, if any was lost.',
  loss_currency: 'ISO 4217 currency of the money lost; empty if none was lost.',
  loss_band: 'The amount lost in whole units of that currency, as a band: <100, 100-999, … , >=1000000.',
} as const;

/** Columns of the numbers dataset, in order. */
export const NUMBER_FIELDS = {
  number: 'The number in E.164.',
  country: 'ISO 3166-1 country; empty for non-geographic numbers.',
  calling_code: 'The country calling code.',
  line_type: 'Mobile, fixed_line, voip, toll_free and so on, from the numbering plan; unknown if the plan does not say.',
  reports: 'Published reports naming the number in either role.',
  reports_as_caller_id: 'Of those, reports where the number was shown on caller ID.',
  reports_as_callback: 'Of those, reports where the person was told to call, message or pay this number.',
  reports_with_loss: 'Published reports in which money was lost.',
  categories: 'The kinds of scam reported, separated by ";" in CSV.',
  channels: 'The ways of contact reported, separated by ";" in CSV.',
  first_reported_on: 'Day of the earliest reported contact.',
  last_reported_on: 'Day of the latest reported contact.',
  dispute_state: 'none, pending, upheld (its owner showed it was spoofed or wrongly listed) or rejected.',
  verified:
    'Set when staff verified the number as an organisation’s genuine number, which scammers fake on screens: { organisation, source } in JSON, the columns verified_organisation and verified_source in CSV.',
} as const;

/** Columns of the totals dataset: what the statistics page sums, so that its figures can be checked. */
export const TOTAL_FIELDS = {
  month: 'The month of the calls or messages, as YYYY-MM (the statistics page counts by the day of the contact).',
  country: 'ISO 3166-1 country of the number shown; empty for non-geographic numbers.',
  category: 'The kind of scam.',
  loss_currency: 'ISO 4217 currency of the money lost; empty for the reports without a loss.',
  reports: 'Published reports in this month, country, kind and currency.',
  loss_minor: 'The exact sum lost in those reports, in the currency’s minor unit (pence, paise, cents); 0 without a loss.',
} as const;

export type TotalRecord = {
  month: string;
  country: string | null;
  category: Category;
  loss_currency: string | null;
  reports: number;
  loss_minor: number;
};

/** The numbers dataset's CSV columns: the `verified` object spread over two columns. */
export const NUMBER_CSV_COLUMNS = Object.keys(NUMBER_FIELDS).flatMap((key) => (key === 'verified' ? ['verified_organisation', 'verified_source'] : [key]));

export type ReportRecord = Record<keyof typeof REPORT_FIELDS, string | null>;
export type NumberRecord = Record<
  Exclude<keyof typeof NUMBER_FIELDS, 'categories' | 'channels' | 'reports' | 'reports_as_caller_id' | 'reports_as_callback' | 'reports_with_loss' | 'verified'>,
  string | null
> & {
  reports: number;
  reports_as_caller_id: number;
  reports_as_callback: number;
  reports_with_loss: number;
  categories: Category[];
  channels: Channel[];
  verified: { organisation: string; source: string } | null;
};

const BANDS = [100, 1_000, 10_000, 100_000, 1_000_000] as const;

/** An amount lost as a band of whole currency units: exact figures could identify a victim. */
export function lossBand(amountMinor: number | null, currency: string | null): string | null {
  if (!amountMinor || !currency) return null;
  const major = amountMinor / 10 ** currencyDigits(currency);
  if (major < BANDS[0]) return `<${BANDS[0]}`;
  for (let i = 1; i < BANDS.length; i += 1) {
    if (major < BANDS[i]!) return `${BANDS[i - 1]}-${BANDS[i]! - 1}`;
  }
  return `>=${BANDS[BANDS.length - 1]}`;
}

export type ExportReportRow = {
  reference: string;
  publishedOn: string;
  occurredOn: string;
  displayedE164: string;
  displayedCountry: string | null;
  callbackE164: string | null;
  callbackCountry: string | null;
  channel: Channel;
  category: Category;
  paymentMethod: PaymentMethod | null;
  lossAmountMinor: number | null;
  lossCurrency: string | null;
};

export function reportRecord(row: ExportReportRow): ReportRecord {
  const info = CATEGORY_INFO[row.category];
  return {
    reference: row.reference,
    published_on: row.publishedOn,
    occurred_on: row.occurredOn,
    number: row.displayedE164,
    number_country: row.displayedCountry,
    callback_number: row.callbackE164,
    callback_country: row.callbackCountry,
    channel: row.channel,
    category: row.category,
    ftc_subject: info.ftcSubject,
    chakshu_category: info.chakshu,
    scamwatch_type: info.scamwatch,
    payment_method: row.lossAmountMinor ? row.paymentMethod : null,
    loss_currency: row.lossAmountMinor ? row.lossCurrency : null,
    loss_band: lossBand(row.lossAmountMinor, row.lossCurrency),
  };
}

export type ExportNumberRow = {
  e164: string;
  countryCode: string | null;
  callingCode: string;
  lineType: LineType;
  reportCount: number;
  displayedCount: number;
  callbackCount: number;
  lossReportCount: number;
  categories: Category[];
  channels: Channel[];
  firstReportedOn: string | null;
  lastReportedOn: string | null;
  disputeState: DisputeState;
  verifiedOrganisation: string | null;
  verifiedSource: string | null;
};

export function numberRecord(row: ExportNumberRow): NumberRecord {
  return {
    number: row.e164,
    country: row.countryCode,
    calling_code: row.callingCode,
    line_type: row.lineType,
    reports: row.reportCount,
    reports_as_caller_id: row.displayedCount,
    reports_as_callback: row.callbackCount,
    reports_with_loss: row.lossReportCount,
    categories: row.categories,
    channels: row.channels,
    first_reported_on: row.firstReportedOn,
    last_reported_on: row.lastReportedOn,
    dispute_state: row.disputeState,
    verified: row.verifiedOrganisation && row.verifiedSource ? { organisation: row.verifiedOrganisation, source: row.verifiedSource } : null,
  };
}

/** A band as people read it: "under 100", "1,000 to 9,999", "1,000,000 or more". */
export function describeLossBand(band: string): string {
  const number = (text: string) => Number(text).toLocaleString('en');
  if (band.startsWith('<')) return `under ${number(band.slice(1))}`;
  if (band.startsWith('>=')) return `${number(band.slice(2))} or more`;
  const [low = '', high = ''] = band.split('-');
  return `${number(low)} to ${number(high)}`;
}
