import { z } from 'zod';
import { AppError } from './errors';
import { isSupportedRegion, type CountryCode } from './phone';
import { parseProxyTrust, type ProxyTrust } from './proxy-trust-setting';

/**
 * Every setting the portal reads from its environment, read and checked here once: the rest of
 * the code asks `settings()` and never reads `process.env`. An empty value counts as unset, so a
 * copied `.env.example` works; a bad value stops the start with a message naming the setting.
 * `.env.example` lists them all with their defaults.
 */
const unset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value);
const text = (fallback: string) => z.preprocess(unset, z.string().default(fallback));
const optionalText = () => z.preprocess(unset, z.string().optional());
const integer = (fallback: number, min: number, max: number) =>
  z.preprocess(unset, z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`).default(fallback));
const lower = (value: unknown) => {
  const given = unset(value);
  return typeof given === 'string' ? given.toLowerCase() : given;
};
const upper = (value: unknown) => {
  const given = unset(value);
  return typeof given === 'string' ? given.toUpperCase() : given;
};
const onOff = (fallback: 'on' | 'off') => z.preprocess(lower, z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default(fallback));

const schema = z.object({
  DATABASE_URL: z.preprocess(unset, z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional()),
  DATABASE_POOL_SIZE: integer(10, 1, 500),
  PGLITE_DIR: text('./data/pglite'),
  DEMO_DATA: onOff('on'),
  DEFAULT_REGION: z.preprocess(
    upper,
    z.string().refine(isSupportedRegion, 'must be a two-letter country code such as GB or IN').default('GB'),
  ),
  PORT: integer(3000, 1, 65_535),
  WEB_CONCURRENCY: integer(1, 1, 64),
  HOST: text('0.0.0.0'),
  SITE_URL: z.preprocess(unset, z.url({ protocol: /^https?$/, error: 'must be a full address such as https://example.org' }).optional()),
  PORTAL_SECRET: z.preprocess(unset, z.string().min(32, 'must be at least 32 characters long').optional()),
  TRUST_PROXY: z.preprocess(unset, z.string().optional()).transform((value, ctx) => {
    const read = parseProxyTrust(value);
    if (!read.ok) {
      ctx.addIssue({ code: 'custom', message: read.message });
      return z.NEVER;
    }
    return read.trust;
  }),
  PAGE_CACHE_MB: integer(64, 0, 65_536),
  OPEN_DATA_DIR: text('./data/open-data'),
  OPEN_DATA_EXPORT: onOff('on'),
  POW_DIFFICULTY: integer(5_000, 2, 10_000_000),
  REPORT_MIN_FILL_SECONDS: integer(3, 0, 3_600),
  SMTP_URL: z.preprocess(unset, z.url({ protocol: /^smtps?$/, error: 'must be an address such as smtp://user:password@mail.example.org:587' }).optional()),
  MAIL_FROM: optionalText(),
  BACKUP_DIR: text('./data/backups'),
  BACKUP_KEEP: integer(7, 1, 365),
  BACKUP_DAILY: onOff('on'),
  CONTACT_EMAIL: z.preprocess(unset, z.email({ error: 'must be an email address' }).optional()),
  RETAIN_REPORTER_EMAIL_DAYS: integer(90, 1, 3_650),
  RETAIN_IP_HASH_DAYS: integer(30, 1, 3_650),
  RETAIN_REJECTED_TEXT_DAYS: integer(90, 1, 3_650),
  RETAIN_FAILED_SIGN_IN_DAYS: integer(30, 1, 3_650),
  LOG_LEVEL: z.preprocess(lower, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, silent' }).default('info')),
  LOG_FILE: optionalText(),
  METRICS_TOKEN: z.preprocess(unset, z.string().min(16, 'must be at least 16 characters long').optional()),
  /** Set by Next.js itself while it builds. */
  NEXT_PHASE: optionalText(),
  /** Tests only: a PostgreSQL server where the database tests also run. */
  TEST_DATABASE_URL: optionalText(),
});

export interface Settings {
  database: { engine: 'postgres'; url: string; poolSize: number } | { engine: 'pglite'; dir: string };
  pgliteDir: string;
  demoData: boolean;
  defaultRegion: CountryCode;
  port: number;
  host: string;
  /** Server processes sharing the port; more than one needs PostgreSQL. */
  webConcurrency: number;
  /** The public address of the site, for canonical links, sitemaps and feeds. */
  siteUrl: URL;
  /** Null: a random key kept in the data folder (see lib/secrets.ts). */
  portalSecret: string | null;
  /** Which peers may set X-Forwarded-For and the other forwarding headers (lib/proxy-trust.ts). */
  proxyTrust: ProxyTrust;
  pageCacheBytes: number;
  openDataDir: string;
  openDataExport: boolean;
  powDifficulty: number;
  reportMinFillSeconds: number;
  /** Null: no email is sent, and the report form says so. */
  mail: { smtpUrl: string; from: string } | null;
  building: boolean;
  testDatabaseUrl: string | null;
  log: { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent'; file: string | null };
  /** Null: `/metrics` answers 404. */
  metricsToken: string | null;
  retention: RetentionPolicy;
  /** Where the public can write to the people who run the site; null: the forms only. */
  contactEmail: string | null;
  /** The embedded database's daily backup (PostgreSQL is backed up with its own tools). */
  backups: { dir: string; keep: number; daily: boolean };
}

/** How many days personal data is kept (see `npm run retention` and the privacy page). */
export interface RetentionPolicy {
  /** Reporters' emails and owners' contacts, after the decision on their report or statement. */
  reporterEmailDays: number;
  /** Keyed hashes of IP addresses, after they were recorded. */
  ipHashDays: number;
  /** The reporter's own text of a rejected or spam report, after the decision (the redacted text stays). */
  rejectedTextDays: number;
  /** Records of sign-in attempts that did not succeed. */
  failedSignInDays: number;
}

/** Reads and checks settings from an environment; throws one error naming every bad value. */
export function readSettings(env: Record<string, string | undefined>): Settings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${String(issue.path[0])} ${issue.message}`);
    throw new AppError('INVALID_SETTINGS', `These settings are not valid (see .env.example):\n${problems.join('\n')}`);
  }
  const s = parsed.data;
  return {
    database: s.DATABASE_URL ? { engine: 'postgres', url: s.DATABASE_URL, poolSize: s.DATABASE_POOL_SIZE } : { engine: 'pglite', dir: s.PGLITE_DIR },
    pgliteDir: s.PGLITE_DIR,
    demoData: s.DEMO_DATA === 'on',
    defaultRegion: s.DEFAULT_REGION as CountryCode,
    port: s.PORT,
    host: s.HOST,
    webConcurrency: s.WEB_CONCURRENCY,
    siteUrl: new URL(s.SITE_URL ?? `http://localhost:${s.PORT}`),
    portalSecret: s.PORTAL_SECRET ?? null,
    proxyTrust: s.TRUST_PROXY,
    pageCacheBytes: s.PAGE_CACHE_MB * 2 ** 20,
    openDataDir: s.OPEN_DATA_DIR,
    openDataExport: s.OPEN_DATA_EXPORT === 'on',
    powDifficulty: s.POW_DIFFICULTY,
    reportMinFillSeconds: s.REPORT_MIN_FILL_SECONDS,
    mail: s.SMTP_URL ? { smtpUrl: s.SMTP_URL, from: s.MAIL_FROM ?? `Scam number portal <no-reply@${new URL(s.SITE_URL ?? 'http://localhost').hostname}>` } : null,
    building: s.NEXT_PHASE === 'phase-production-build',
    testDatabaseUrl: s.TEST_DATABASE_URL ?? null,
    log: { level: s.LOG_LEVEL, file: s.LOG_FILE ?? null },
    metricsToken: s.METRICS_TOKEN ?? null,
    contactEmail: s.CONTACT_EMAIL ?? null,
    backups: { dir: s.BACKUP_DIR, keep: s.BACKUP_KEEP, daily: s.BACKUP_DAILY === 'on' },
    retention: {
      reporterEmailDays: s.RETAIN_REPORTER_EMAIL_DAYS,
      ipHashDays: s.RETAIN_IP_HASH_DAYS,
      rejectedTextDays: s.RETAIN_REJECTED_TEXT_DAYS,
      failedSignInDays: s.RETAIN_FAILED_SIGN_IN_DAYS,
    },
  };
}

// Next's bundles and the custom server load this module separately; they share one reading.
const SETTINGS_KEY = Symbol.for('scam-number-portal.settings');
type GlobalWithSettings = typeof globalThis & { [SETTINGS_KEY]?: Settings };

/** The process's settings, read from its environment on first use. */
export function settings(): Settings {
  const global = globalThis as GlobalWithSettings;
  global[SETTINGS_KEY] ??= readSettings(process.env);
  return global[SETTINGS_KEY];
}

/** Forgets the reading, for a process that changed its own environment before starting (scripts). */
export function reloadSettings(): Settings {
  delete (globalThis as GlobalWithSettings)[SETTINGS_KEY];
  return settings();
}
