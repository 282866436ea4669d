import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { CountryCode } from 'libphonenumber-js/max';
import type { Category } from '@/db/constants';
import { createReference } from '@/lib/reference';
import type { ParsedPhone } from '@/lib/phone';
import { queryRows, type DatabaseHandle } from '../client';
import { refreshNumberCounters } from '../queries/phone-numbers';
import { rebuildReportStats } from '../queries/stats';
import { DEMO_DATA_KEY } from '../queries/site-meta';
import type { NewReport } from '../schema';
import {
  CATEGORY_WEIGHTS,
  CHANNELS_BY_CATEGORY,
  chance,
  createRng,
  draftReport,
  makeNumber,
  pick,
  VICTIM_COUNTRIES,
  VIRTUAL_NUMBER_COUNTRIES,
  weighted,
  type Rng,
  type VictimCountry,
} from './demo';

/**
 * The benchmark's data set: the demo set's believable reports, at the size of a national
 * portal. Deterministic (the same seed and date give the same rows), generated as a stream and
 * bulk-loaded with COPY, so ten million reports never sit in memory at once.
 */
export const SCALE_PROFILES = { ci: 100_000, default: 1_000_000, full: 10_000_000 } as const;
export type ScaleProfile = keyof typeof SCALE_PROFILES;

/** Where the loaded set describes itself, so the benchmark can tell whether to reload. */
export const SCALE_DATA_KEY = 'scale_data';
/** Bumped whenever the generator changes what it makes. */
export const SCALE_GENERATOR_VERSION = 2;

export interface ScaleOptions {
  reports: number;
  seed?: number;
  now?: Date;
}

export interface ScaleFingerprint {
  version: number;
  reports: number;
  seed: number;
  /** False while a load is under way, or if it was cut short. */
  complete: boolean;
}

/** Most numbers are reported once; a few, hundreds of times: P(k) ∝ k^-2.2 for k = 1…500. */
const MAX_REPORTS_PER_NUMBER = 500;
const COUNT_EXPONENT = 2.2;

function reportCountSampler(rng: Rng): () => number {
  const cumulative = new Float64Array(MAX_REPORTS_PER_NUMBER);
  let total = 0;
  for (let k = 1; k <= MAX_REPORTS_PER_NUMBER; k += 1) {
    total += k ** -COUNT_EXPONENT;
    cumulative[k - 1] = total;
  }
  return () => {
    const roll = rng() * total;
    let low = 0;
    let high = MAX_REPORTS_PER_NUMBER - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < roll) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

interface ScaleNumber {
  phone: ParsedPhone;
  /** The scam this number is mostly used for. */
  usual: Category;
  /** Set when the number belongs to a country whose people report it: a spoofed local number. */
  local: VictimCountry | null;
}

export interface ScalePlan {
  numbers: ScaleNumber[];
  /** For each report in order, the index of the number it is about. */
  owners: Int32Array;
  seed: number;
  now: Date;
}

const VICTIMS_BY_CODE = new Map<CountryCode, VictimCountry>(VICTIM_COUNTRIES.map(([country]) => [country.code, country]));

/** Draws the numbers and how many reports each gets, then shuffles the reports' order. */
export function planScaleData({ reports, seed = 20221124, now = new Date() }: ScaleOptions): ScalePlan {
  if (!Number.isInteger(reports) || reports < 1) throw new Error('The scale set needs a whole number of reports, at least 1.');
  const rng = createRng(seed);
  const sampleCount = reportCountSampler(rng);
  const numbers: ScaleNumber[] = [];
  const counts: number[] = [];
  const seen = new Set<string>();
  let total = 0;
  while (total < reports) {
    const virtual = chance(rng, 0.3);
    const country = virtual ? pick(rng, VIRTUAL_NUMBER_COUNTRIES) : weighted(rng, VICTIM_COUNTRIES).code;
    const phone = makeNumber(rng, country, { anyRange: true });
    if (!phone || seen.has(phone.e164)) continue;
    seen.add(phone.e164);
    const count = Math.min(sampleCount(), reports - total);
    numbers.push({ phone, usual: weighted(rng, CATEGORY_WEIGHTS), local: virtual ? null : (VICTIMS_BY_CODE.get(country) ?? null) });
    counts.push(count);
    total += count;
  }

  const owners = new Int32Array(reports);
  let next = 0;
  counts.forEach((count, index) => owners.fill(index, next, (next += count)));
  for (let i = owners.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [owners[i], owners[j]] = [owners[j]!, owners[i]!];
  }
  return { numbers, owners, seed, now };
}

/** Unique without remembering them: an odd multiplier is a bijection on 40-bit values. */
function referenceFor(index: number): string {
  let bits = (BigInt(index) * 0x9e3779b97fn + 0x5deece66dn) & 0xff_ffff_ffffn;
  const bytes = new Uint8Array(5);
  for (let i = 4; i >= 0; i -= 1) {
    bytes[i] = Number(bits & 0xffn);
    bits >>= 8n;
  }
  return createReference('SR', bytes);
}

const CALLBACK_CATEGORIES = new Set<Category>(['bank_impersonation', 'government_impersonation', 'tech_support', 'task_job', 'delivery', 'utility', 'loan_debt']);

/** The plan's reports, one at a time. */
export function* scaleReports(plan: ScalePlan): Generator<NewReport> {
  const rng = createRng(plan.seed ^ 0x5ca1e);
  const { numbers, owners } = plan;
  // About one submitter in seven sends more than one report.
  const submitters = Math.max(1, Math.ceil(owners.length * 0.85));
  for (let index = 0; index < owners.length; index += 1) {
    const number = numbers[owners[index]!]!;
    const country = number.local ?? weighted(rng, VICTIM_COUNTRIES);
    const category = chance(rng, 0.8) ? number.usual : weighted(rng, CATEGORY_WEIGHTS);
    const channel = pick(rng, CHANNELS_BY_CATEGORY[category]);
    // The number a victim is told to call back is one of the busiest: a scam's own line.
    const callback = CALLBACK_CATEGORIES.has(category) && chance(rng, 0.15)
      ? numbers[Math.floor(numbers.length * rng() ** 6)]!.phone.e164
      : null;
    yield draftReport(rng, plan.now, {
      index,
      country,
      category,
      channel,
      displayed: number.phone.e164,
      callback,
      nextReference: () => referenceFor(index),
      reporterHash: () => Math.floor(rng() * submitters).toString(16).padStart(16, '0'),
    });
  }
}

type CsvValue = string | number | boolean | Date | readonly string[] | null | undefined;

/** One CSV line as COPY reads it: an unquoted empty field is NULL, a quoted one an empty string. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === 'string' ? value : `{${value.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const REPORT_COLUMNS = [
  'reference', 'status', 'displayed_e164', 'callback_e164', 'channel', 'category', 'caller_id_name', 'occurred_on', 'occurred_time',
  'description', 'description_redacted', 'loss_amount_minor', 'loss_currency', 'payment_method', 'reporter_email', 'reporter_country',
  'ip_hash', 'verified', 'flags', 'decided_at', 'decision_reason', 'decision_note', 'published_at', 'created_at', 'updated_at',
] as const;

function reportLine(r: NewReport): string {
  return csvLine([
    r.reference, r.status, r.displayedE164, r.callbackE164, r.channel, r.category, r.callerIdName, r.occurredOn, r.occurredTime,
    r.description, r.descriptionRedacted, r.lossAmountMinor, r.lossCurrency, r.paymentMethod, r.reporterEmail, r.reporterCountry,
    r.ipHash, r.verified, r.flags, r.decidedAt, r.decisionReason, r.decisionNote, r.publishedAt, r.createdAt, r.updatedAt,
  ]);
}

/** Joins lines into chunks of about 256 KiB, so neither driver sees a call per row. */
function* chunked(lines: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const line of lines) {
    parts.push(line);
    size += line.length;
    if (size >= 256 * 1024) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

export interface ScaleLoadResult {
  numbers: number;
  reports: number;
  seconds: { generateNumbers: number; copy: number; index: number; counters: number; analyze: number };
}

/**
 * Loads the scale set into an empty database: numbers, then reports with COPY, then each
 * number's counters in one statement, then VACUUM ANALYZE so the planner knows the new sizes.
 */
export async function loadScaleData(
  handle: DatabaseHandle,
  options: ScaleOptions,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ScaleLoadResult> {
  const clock = stopwatch();
  const plan = planScaleData(options);
  const generateNumbers = clock();
  const fingerprint: ScaleFingerprint = { version: SCALE_GENERATOR_VERSION, reports: plan.owners.length, seed: plan.seed, complete: false };
  // Written first, so a load cut short is still known as a scale set that `--reset` may replace.
  await writeMeta(handle, SCALE_DATA_KEY, fingerprint);

  // Indexes are cheaper built once over the loaded rows than kept up to date row by row, and
  // the generated rows need no foreign-key checks.
  const indexes = await queryRows<{ name: string; definition: string }>(
    handle.db,
    sql`SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes AS i
        WHERE i.schemaname = current_schema() AND i.tablename IN ('phone_numbers', 'reports')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conname = i.indexname)`,
  );
  for (const { name } of indexes) await handle.db.execute(sql.raw(`DROP INDEX "${name}"`));

  await handle.copyCsv(
    // COPY runs without triggers: the hash the insert trigger would set is written here.
    'COPY phone_numbers (e164, country_code, calling_code, line_type, e164_sha256)',
    chunked(
      plan.numbers.map(({ phone }) =>
        csvLine([phone.e164, phone.country, phone.callingCode, phone.lineType, createHash('sha256').update(phone.e164).digest('hex')]),
      ),
    ),
    { skipTriggers: true },
  );
  const total = plan.owners.length;
  await handle.copyCsv(
    `COPY reports (${REPORT_COLUMNS.join(', ')})`,
    chunked(
      (function* () {
        let done = 0;
        for (const report of scaleReports(plan)) {
          yield reportLine(report);
          done += 1;
          if (done % 10_000 === 0 || done === total) onProgress(done, total);
        }
      })(),
    ),
    { skipTriggers: true },
  );
  const copy = clock();
  for (const { definition } of indexes) await handle.db.execute(sql.raw(definition));
  const index = clock();

  await refreshNumberCounters(handle.db, 'all');
  await rebuildReportStats(handle.db);
  await writeMeta(handle, DEMO_DATA_KEY, { loadedAt: new Date().toISOString(), seed: plan.seed, scale: true });
  await writeMeta(handle, SCALE_DATA_KEY, { ...fingerprint, complete: true });
  const counters = clock();
  await handle.db.execute(sql`VACUUM ANALYZE`);
  const analyze = clock();
  return { numbers: plan.numbers.length, reports: total, seconds: { generateNumbers, copy, index, counters, analyze } };
}

async function writeMeta(handle: DatabaseHandle, key: string, value: unknown): Promise<void> {
  await handle.db.execute(sql`
    INSERT INTO site_meta (key, value) VALUES (${key}, ${JSON.stringify(value)}::jsonb)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()
  `);
}

/** Empties a database that holds a scale set, so that another can be loaded. */
export async function emptyScaleSet(handle: DatabaseHandle): Promise<void> {
  await handle.db.execute(sql`TRUNCATE reports, report_stats, disputes, phone_numbers, spent_challenges`);
  await handle.db.execute(sql`DELETE FROM site_meta`);
}

/** The scale set a database holds, if any. */
export async function readScaleFingerprint(handle: DatabaseHandle): Promise<ScaleFingerprint | null> {
  const rows = await queryRows<{ value: ScaleFingerprint }>(handle.db, sql`SELECT value FROM site_meta WHERE key = ${SCALE_DATA_KEY}`);
  return rows[0]?.value ?? null;
}

function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return Math.round(seconds * 10) / 10;
  };
}
