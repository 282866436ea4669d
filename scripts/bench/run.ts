import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openMigratedDatabase, queryRows, readDatabaseConfig, type DatabaseHandle } from '@/db/client';
import { isDatabaseEmpty } from '@/db/seed/demo';
import { emptyScaleSet, loadScaleData, readScaleFingerprint, SCALE_GENERATOR_VERSION, SCALE_PROFILES, type ScaleProfile } from '@/db/seed/scale';
import { GUIDES } from '@/lib/guides';
import { reloadSettings } from '@/lib/settings';
import { loadEnv, ROOT, runCli } from '../lib/cli';
import { progressBar } from '../lib/progress';
import { createRng, makeNumber } from '@/db/seed/demo';
import { measure, start, type BenchRequest, type Measurement, type Scenario } from './load';
import { findCapacity, type SpikeStep } from './spike';
import { directorySize, startPortal, startScript, stop, waitUntilReady, watchMemory } from './processes';
import { formatTable, type BenchResults } from './report';
import { actionFields, prepareSubmissions, type SubmissionFactory } from './submissions';
import { readTargets, spelled, type Targets } from './targets';

/**
 * `npm run bench [-- --profile ci|default|full] [--no-build]`: builds, loads the scale set,
 * starts the production server and measures it with autocannon; then kills it with SIGKILL in
 * the middle of a burst of reports and checks that every acknowledged report survived; then
 * measures a bare node:http server running the same queries, as the limit. Writes
 * bench/results/<date>-<engine>.json and prints a Markdown table.
 */
const SETTINGS = {
  ci: { duration: 3, warmup: 1, distinct: 300, submissions: 1_200, spikeSeconds: 4 },
  default: { duration: 10, warmup: 3, distinct: 600, submissions: 3_000, spikeSeconds: 20 },
  full: { duration: 15, warmup: 3, distinct: 1_000, submissions: 4_000, spikeSeconds: 60 },
} as const satisfies Record<ScaleProfile, unknown>;
/** The news spike's target: p99 within this, with no error, at the offered rate. */
const SPIKE_LIMIT_MS = 500;
const SPIKE_FROM = 25;
/** The rate a news spike must be answered at: ≥ 97 % within a second, p99 ≤ 500 ms, no error. */
const SPIKE_TARGET = { rate: 150, withinSecondPct: 97 };

const APP_PORT = 3210;
const BASELINE_PORT = 3211;
const CONNECTIONS = 16;
const OPEN_LOOP_RATE = 200;

runCli(async () => {
  loadEnv();
  const { values } = parseArgs({ options: { profile: { type: 'string', default: 'default' }, 'no-build': { type: 'boolean', default: false } } });
  if (!(values.profile in SETTINGS)) throw new Error(`--profile is one of ${Object.keys(SETTINGS).join(', ')}, not "${values.profile}".`);
  const profile = values.profile as ScaleProfile;
  const settings = SETTINGS[profile];
  const reports = SCALE_PROFILES[profile];
  const started = performance.now();

  // The bench's own database, secret and client-address trust; nothing here touches ./data.
  const dataDir = path.join(ROOT, '.bench', profile, 'pglite');
  const benchEnv: Record<string, string> = {
    PGLITE_DIR: dataDir,
    PORTAL_SECRET: process.env.BENCH_PORTAL_SECRET ?? randomBytes(32).toString('hex'),
    AUTH_SECRET: '',
    TRUST_PROXY: '1',
    POW_DIFFICULTY: '2',
    HOST: '127.0.0.1',
    NEXT_TELEMETRY_DISABLED: '1',
    DEMO_DATA: 'off',
    // The downloads are measured on their own, after the load runs.
    OPEN_DATA_EXPORT: 'off',
    // Nor does the server write its daily backup of the scale set, into ./data, during the runs.
    BACKUP_DAILY: 'off',
    OPEN_DATA_DIR: path.join(ROOT, '.bench', profile, 'open-data'),
  };
  Object.assign(process.env, benchEnv);
  // This process issues the submissions' challenges too: it must read the same settings as the server.
  reloadSettings();
  const config = readDatabaseConfig();
  const engine = config.engine;
  if (engine === 'pglite' && profile === 'full') console.warn('The full profile (10 M reports) is meant for PostgreSQL; on PGlite it takes long and needs much disk.');

  console.log(`\n## Bench: profile ${profile} (${reports.toLocaleString('en')} reports), ${engine}, ${os.cpus().length} cores\n`);

  let buildSeconds: number | null = null;
  if (!values['no-build']) {
    console.log('Building…');
    const buildStart = performance.now();
    const build = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
    if (build.status !== 0) throw new Error('`next build` failed.');
    buildSeconds = seconds(buildStart);
    console.log(`  built in ${buildSeconds} s`);
  }

  // Load the scale set, unless this database already holds exactly this one.
  const seedStart = performance.now();
  let seeded: { fresh: boolean; seconds: number; numbers: number };
  let targets: Targets;
  {
    const handle = await openMigratedDatabase();
    try {
      seeded = await ensureScaleSet(handle, reports);
      seeded.seconds = seconds(seedStart);
      targets = await readTargets(handle.db, settings.distinct);
    } finally {
      await handle.close();
    }
  }

  const openClean = median([openTime(), openTime(), openTime()]);
  console.log(`  database opens in ${openClean} ms`);

  // The portal.
  // Warnings only: a log line for each of thousands of requests a second would measure the log.
  const app = startPortal({ PORT: String(APP_PORT), LOG_LEVEL: 'warn' }, 'app');
  const appUrl = `http://127.0.0.1:${APP_PORT}`;
  await waitUntilReady(app, `${appUrl}/api/health`);
  const memory = watchMemory(app.pid!);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const idleMiB = mib(memory.current());
  const fields = actionFields(await (await fetch(`${appUrl}/report`)).text());
  console.log(`  solving ${settings.submissions.toLocaleString('en')} proofs of work for the submissions…`);
  const submissionNumbers = [...targets.popular.slice(0, 200), ...targets.unknown.slice(0, 200)];
  const runId = randomBytes(2).toString('hex');
  const submissions = await prepareSubmissions({ count: settings.submissions, first: 0, runId, numbers: submissionNumbers, fields, origin: appUrl });

  const scenarios = readScenarios(targets, settings, submissions);
  const app_results: Measurement[] = [];
  for (const scenario of scenarios.app) {
    const result = await measure(appUrl, scenario);
    app_results.push(result);
    console.log(`  ${summary(result)}`);
  }
  const rss = { idleMiB, afterReadsMiB: mib(memory.current()), peakMiB: mib(memory.peak()) };

  // The news spike: most numbers asked for were never reported.
  console.log(`  news spike, ${settings.spikeSeconds} s a step: finding the capacity at p99 ≤ ${SPIKE_LIMIT_MS} ms…`);
  const spikePeak = watchMemory(app.pid!);
  const appSpike = await findCapacity(appUrl, { from: SPIKE_FROM, seconds: settings.spikeSeconds, limitMs: SPIKE_LIMIT_MS, target: SPIKE_TARGET.rate, next: spikeMix(targets, submissions), onStep: (step) => console.log(`    ${spikeSummary(step)}`) });
  const spikeRss = { peakMiB: mib(spikePeak.peak()) };
  spikePeak.stop();
  const atTarget = appSpike.steps.find((step) => step.rate === SPIKE_TARGET.rate)!;
  console.log(`  news spike capacity: ${appSpike.capacity} req/s; at ${SPIKE_TARGET.rate} req/s ${atTarget.withinSecondPct} % answered within 1 s; peak RSS ${spikeRss.peakMiB} MiB`);

  // SIGKILL in the middle of a burst of reports: every report the server acknowledged must be there.
  const burst = await prepareSubmissions({ count: 2_000, first: settings.submissions, runId, numbers: submissionNumbers, fields, origin: appUrl });
  const run = start(appUrl, { name: 'burst', request: () => burst.next() ?? { path: '/api/health' }, connections: CONNECTIONS, duration: 30, onResponse: burst.onResponse });
  const killAfter = performance.now();
  while (burst.acknowledged.size < 200 && performance.now() - killAfter < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
  app.kill('SIGKILL');
  await new Promise((resolve) => app.once('exit', resolve));
  run.stop();
  await run.done.catch(() => {});
  memory.stop();
  const openAfterKill = openTime();
  const durability = await checkAcknowledged([...submissions.acknowledged, ...burst.acknowledged], burst.acknowledged.size, runId);
  console.log(`  SIGKILL during a burst: ${durability.acknowledged} acknowledged, ${durability.missing} missing, ${durability.duplicated} duplicated; reopened in ${openAfterKill} ms`);

  const { databaseBytes } = await databaseSize(engine, dataDir);

  // The limit: the same queries behind a bare node:http server.
  const baseline = startScript('scripts/bench/baseline-server.ts', { PORT: String(BASELINE_PORT) }, 'baseline');
  const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}`;
  await waitUntilReady(baseline, `${baselineUrl}/api/health`);
  const baselineResults: Measurement[] = [];
  for (const scenario of readScenarios(targets, settings, null).baseline) {
    const result = await measure(baselineUrl, scenario);
    baselineResults.push(result);
    console.log(`  baseline ${summary(result)}`);
  }
  console.log('  baseline news spike…');
  const baselineSpike = await findCapacity(baselineUrl, { from: SPIKE_FROM, seconds: settings.spikeSeconds, limitMs: SPIKE_LIMIT_MS, next: spikeMix(targets, null), onStep: (step) => console.log(`    baseline ${spikeSummary(step)}`) });
  console.log(`  baseline news spike capacity: ${baselineSpike.capacity} req/s`);
  await stop(baseline);

  const dump = exportDump();
  console.log(`  export: ${dump.reports.toLocaleString('en')} reports and ${dump.numbers.toLocaleString('en')} numbers in ${dump.seconds} s, ${dump.megabytes} MB gzipped, peak memory ${dump.maxRssMiB} MiB`);

  const results: BenchResults = {
    date: new Date().toISOString(),
    profile,
    engine,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    data: { reports, numbers: seeded.numbers, freshlyLoaded: seeded.fresh, loadSeconds: seeded.seconds, databaseMiB: mib(databaseBytes) },
    buildSeconds,
    openMs: { clean: openClean, afterKill: openAfterKill },
    rssMiB: rss,
    spike: { seconds: settings.spikeSeconds, limitMs: SPIKE_LIMIT_MS, target: { ...SPIKE_TARGET, step: atTarget }, app: appSpike, baseline: baselineSpike, peakRssMiB: spikeRss.peakMiB, webConcurrency: Number(process.env.WEB_CONCURRENCY ?? 1) || 1 },
    durability,
    app: app_results,
    baseline: baselineResults,
    export: dump,
    totalSeconds: seconds(started),
  };
  const date = results.date.slice(0, 10);
  const processes = results.spike.webConcurrency > 1 ? `-${results.spike.webConcurrency}-processes` : '';
  const file = path.join(ROOT, 'bench', 'results', `${date}-${engine}${profile === 'default' ? '' : `-${profile}`}${processes}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatTable(results)}\nWritten to ${path.relative(ROOT, file)}; the whole run took ${results.totalSeconds} s.`);
  if (durability.missing > 0 || durability.duplicated > 0) process.exitCode = 1;
  // A burst with nothing acknowledged proves nothing: the submissions are not being stored.
  if (durability.acknowledgedInBurst === 0) {
    console.error('No report of the burst was acknowledged: the submissions did not go through, so durability was not checked.');
    process.exitCode = 1;
  }
});

function readScenarios(targets: Targets, settings: (typeof SETTINGS)[ScaleProfile], submissions: SubmissionFactory | null) {
  const { duration, warmup } = settings;
  const base = { connections: CONNECTIONS, duration, warmup };
  const cycle = <T>(items: T[]) => {
    let index = 0;
    return () => items[index++ % items.length]!;
  };
  // Each page asked for once, two at a time: first renders amid other traffic, as after decisions.
  const oneEach = (name: string, paths: string[]): Scenario => {
    const next = cycle(paths);
    return { name, request: () => ({ path: next() }), connections: 2, duration: 120, amount: paths.length };
  };
  const browse = `/numbers?country=${targets.browseCountry}&sort=latest`;
  const deep = targets.deepPage ? `${browse}&after=${encodeURIComponent(targets.deepPage.after)}` : browse;
  const exact = cycle(targets.popular.map((e164) => `/search?q=${encodeURIComponent(spelled(e164))}`));
  const partial = cycle(targets.fragments.map((digits) => `/search?q=${digits}`));
  const reads: Scenario[] = [
    { name: 'home', request: '/', ...base },
    { name: 'number page, cached', request: `/numbers/${targets.hot}`, ...base },
    oneEach('number page, first render', targets.cold.map((e164) => `/numbers/${e164}`)),
    oneEach('number page, unknown number', targets.unknown.map((e164) => `/numbers/${e164}`)),
    { name: 'search, whole number → redirect', request: () => ({ path: exact() }), ...base },
    oneEach('search, 7 digits, first search', targets.fragments.map((digits) => `/search?q=${digits}`)),
    { name: 'browse, page 1', request: browse, ...base },
    { name: `browse, page ${targets.deepPage?.page ?? 1}`, request: deep, ...base },
  ];
  if (!submissions) return { app: [], baseline: reads };

  const guide = `/guides/${GUIDES[0]!.slug}`;
  // 80 % number pages (the busiest numbers most), 10 % search, 5 % reports, 5 % other pages.
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const others = cycle(['/', browse, guide, '/reports', '/help']);
  const mixed = (): BenchRequest => {
    const roll = random();
    if (roll < 0.8) return { path: `/numbers/${targets.popular[Math.floor(targets.popular.length * random() ** 3)]!}` };
    if (roll < 0.85) return { path: exact() };
    if (roll < 0.9) return { path: partial() };
    if (roll < 0.95) return submissions.next() ?? { path: others() };
    return { path: others() };
  };
  const app: Scenario[] = [
    { name: 'static page (same build)', request: guide, ...base },
    ...reads,
    oneEach('statistics, first render', targets.statsPages),
    {
      name: 'report submission',
      request: () => submissions.next() ?? { path: '/api/health' },
      connections: CONNECTIONS,
      duration: duration * 2,
      amount: Math.floor(submissions.remaining() * 0.7),
      onResponse: submissions.onResponse,
    },
    { name: 'mixed, closed loop', request: mixed, ...base, warmup: warmup * 3, onResponse: submissions.onResponse },
    { name: `mixed, open loop ${OPEN_LOOP_RATE}/s`, request: mixed, connections: 64, duration, warmup, rate: OPEN_LOOP_RATE, onResponse: submissions.onResponse },
  ];
  return { app, baseline: reads };
}

/**
 * The news spike's mix: 40 % numbers nobody reported, each different; 50 % reported numbers drawn
 * by a power law over every reported number (log-uniform ranks: the busiest most, the long tail
 * too); 5 % partial searches; 5 % other pages, half of them report submissions when the server
 * takes them. The baseline gets the pages it has instead of the others.
 */
function spikeMix(targets: Targets, submissions: SubmissionFactory | null): () => BenchRequest {
  let seed = 11;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const rng = createRng(9_001);
  const unknown = () => {
    for (;;) {
      const phone = makeNumber(rng, 'GB', { anyRange: true });
      if (phone) return phone.e164;
    }
  };
  const reported = targets.reported;
  const browse = `/numbers?country=${targets.browseCountry}&sort=latest`;
  const others = submissions ? ['/', browse, `/guides/${GUIDES[0]!.slug}`, '/reports', '/help'] : ['/', browse];
  let other = 0;
  let fragment = 0;
  return () => {
    const roll = random();
    if (roll < 0.4) return { path: `/numbers/${unknown()}` };
    if (roll < 0.9) return { path: `/numbers/${reported[Math.min(reported.length - 1, Math.floor(reported.length ** random()) - 1)]!}` };
    if (roll < 0.95) return { path: `/search?q=${targets.fragments[fragment++ % targets.fragments.length]!}` };
    if (submissions && roll < 0.975) return submissions.next() ?? { path: others[other++ % others.length]! };
    return { path: others[other++ % others.length]! };
  };
}

function spikeSummary(step: SpikeStep): string {
  return `${step.rate} req/s offered: ${step.answered} answered (${step.withinSecondPct} % within 1 s), ${step.errors} errors, p50 ${step.latencyMs.p50} ms, p99 ${step.latencyMs.p99} ms, max ${step.latencyMs.max} ms`;
}

async function ensureScaleSet(handle: DatabaseHandle, reports: number): Promise<{ fresh: boolean; seconds: number; numbers: number }> {
  const fingerprint = await readScaleFingerprint(handle);
  const countNumbers = async () => (await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM phone_numbers`))[0]!.n;
  if (fingerprint?.complete && fingerprint.reports === reports && fingerprint.version === SCALE_GENERATOR_VERSION) {
    console.log(`  reusing the scale set in ${handle.location}`);
    return { fresh: false, seconds: 0, numbers: await countNumbers() };
  }
  if (!fingerprint && !(await isDatabaseEmpty(handle.db))) {
    throw new Error(`${handle.location} holds data that is not a scale set; the bench loads into an empty database only.`);
  }
  if (fingerprint) {
    await emptyScaleSet(handle);
  }
  console.log(`  loading ${reports.toLocaleString('en')} reports into ${handle.location}…`);
  const bar = progressBar('reports');
  const loaded = await loadScaleData(handle, { reports }, bar.update);
  bar.done();
  return { fresh: true, seconds: 0, numbers: loaded.numbers };
}

/** Writes the day's downloads with `npm run export`, in its own process, as an operator would. */
function exportDump(): BenchResults['export'] {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/export.ts'), '--json'], { cwd: ROOT, env: process.env, encoding: 'utf8' });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`The export failed: ${result.stderr || result.stdout}`);
  const { seconds, maxRssMiB, files } = JSON.parse(line) as { seconds: number; maxRssMiB: number; files: Array<{ name: string; rows: number; bytes: number }> };
  const rows = (name: string) => files.find((file) => file.name === name)?.rows ?? 0;
  return { seconds, maxRssMiB, reports: rows('reports.csv.gz'), numbers: rows('numbers.csv.gz'), megabytes: Math.round(files.reduce((sum, file) => sum + file.bytes, 0) / 1e6) };
}

/** Opens the database in a new process, as a restart would, and says how long it took. */
function openTime(): number {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench/open-database.ts')], { cwd: ROOT, env: process.env, encoding: 'utf8' });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`Opening the database failed: ${result.stderr || result.stdout}`);
  return (JSON.parse(line) as { openMs: number }).openMs;
}

async function checkAcknowledged(references: string[], inBurst: number, runId: string) {
  const handle = await openMigratedDatabase();
  try {
    const [row] = await queryRows<{ found: number }>(handle.db, sql`SELECT count(*)::int AS found FROM reports WHERE reference = ANY(${`{${references.join(',')}}`}::text[])`);
    const [dupes] = await queryRows<{ duplicated: number }>(
      handle.db,
      sql`SELECT count(*)::int AS duplicated FROM (SELECT description FROM reports WHERE description LIKE ${`%(bench run ${runId}, submission %`} GROUP BY description HAVING count(*) > 1) AS d`,
    );
    return { acknowledged: references.length, acknowledgedInBurst: inBurst, missing: references.length - (row?.found ?? 0), duplicated: dupes?.duplicated ?? 0 };
  } finally {
    await handle.close();
  }
}

async function databaseSize(engine: string, dataDir: string): Promise<{ databaseBytes: number }> {
  if (engine === 'pglite') return { databaseBytes: directorySize(dataDir) };
  const handle = await openMigratedDatabase();
  try {
    const [row] = await queryRows<{ bytes: string }>(handle.db, sql`SELECT pg_database_size(current_database())::text AS bytes`);
    return { databaseBytes: Number(row?.bytes ?? 0) };
  } finally {
    await handle.close();
  }
}

function summary(m: Measurement): string {
  return `${m.name}: ${m.rps} req/s, p50 ${m.latency.p50} ms, p99 ${m.latency.p99} ms, ${m.errors} errors, ${m.failures} failed (${Object.entries(m.statuses).map(([code, n]) => `${code}×${n}`).join(' ')})`;
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 100) / 10;
}

function mib(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
