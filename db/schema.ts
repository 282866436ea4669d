import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import {
  CATEGORIES,
  CHANNELS,
  DECISION_REASONS,
  DISPUTE_STATES,
  DISPUTE_STATUSES,
  LINE_TYPES,
  LOGIN_OUTCOMES,
  OFFICIAL_SOURCES,
  PAYMENT_METHODS,
  REPORT_EMAIL_KINDS,
  REPORT_STATUSES,
  STAFF_ROLES,
  type Category,
  type Channel,
  type OfficialSource,
  type ReportEmailKind,
  type ReportFlag,
} from './constants';

/**
 * A canonical E.164 number. Binary collation keeps equality lookups on the B-tree: with the
 * default collation the planner can pick the trigram index instead, 200 times slower.
 */
const e164Text = customType<{ data: string; driverData: string }>({
  dataType: () => 'text COLLATE "C"',
});

/** Text compared byte by byte, so that a prefix is a B-tree range. */
const binaryText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text COLLATE "C"',
});

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

function oneOf(column: string, values: readonly string[]): SQL {
  return sql.raw(`"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`);
}

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last TOTP time step accepted, so a code works once. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Bumped on disable, role change or password reset; older sessions stop working. */
    sessionVersion: integer('session_version').notNull().default(1),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    ...timestamps,
  },
  () => [
    check('users_role_check', oneOf('role', STAFF_ROLES)),
    check('users_email_lowercase_check', sql`"email" = lower("email")`),
  ],
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/**
 * One signed-in session of a member of staff. The session cookie carries its id (encrypted);
 * only the id's SHA-256 is kept. A session ends on sign-out, 12 hours after sign-in whatever
 * happens, or after 30 minutes without a request (see server/staff-sessions.ts).
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId)],
);

/**
 * Single-use recovery codes for a member of staff who lost the phone with their authenticator
 * app. Only a keyed hash of each code is kept; a code is spent by setting `used_at`.
 */
export const staffRecoveryCodes = pgTable(
  'staff_recovery_codes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('staff_recovery_codes_user_code_idx').on(t.userId, t.codeHash)],
);

/**
 * Every sign-in attempt, written before the password is checked, so that parallel guesses count
 * as they arrive (lib/login-throttle.ts, db/queries/login-attempts.ts). The email is kept as a keyed hash, the address as the usual keyed IP hash.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    emailHash: text('email_hash').notNull(),
    ipHash: text('ip_hash'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** `checking` until the password is checked; `refused` when a limit stopped it unchecked. */
    outcome: text('outcome', { enum: LOGIN_OUTCOMES }).notNull().default('checking'),
  },
  (t) => [
    check('login_attempts_outcome_check', oneOf('outcome', LOGIN_OUTCOMES)),
    index('login_attempts_email_idx').on(t.emailHash, t.at),
    index('login_attempts_ip_idx').on(t.ipHash, t.at),
  ],
);

/**
 * A new member of staff, invited by an admin with a link that expires. An admin role needs a
 * second admin's approval before the link works. Only the link's hash is kept.
 */
export const staffInvitations = pgTable(
  'staff_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by')
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** For an admin role: the second admin who agreed; for a moderator, the inviter. */
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check('staff_invitations_role_check', oneOf('role', STAFF_ROLES)),
    check('staff_invitations_email_lowercase_check', sql`"email" = lower("email")`),
    check('staff_invitations_four_eyes_check', sql`"role" <> 'admin' OR "approved_by" IS NULL OR "approved_by" <> "invited_by"`),
    // One open invitation per address.
    uniqueIndex('staff_invitations_open_email_idx').on(t.email).where(sql`${t.acceptedAt} IS NULL AND ${t.revokedAt} IS NULL`),
  ],
);
export type StaffInvitation = typeof staffInvitations.$inferSelect;

export const phoneNumbers = pgTable(
  'phone_numbers',
  {
    e164: e164Text('e164').primaryKey(),
    /** The digits without the plus, for partial search through the trigram index. */
    digits: text('digits')
      .notNull()
      .generatedAlwaysAs(sql`substr("e164", 2)`),
    /** ISO 3166-1 alpha-2; null for non-geographic numbers such as +800 or +882. */
    countryCode: text('country_code'),
    callingCode: text('calling_code').notNull(),
    lineType: text('line_type', { enum: LINE_TYPES }).notNull().default('unknown'),
    // Counters over approved reports only, changed in the moderation decision's transaction.
    reportCount: integer('report_count').notNull().default(0),
    displayedCount: integer('displayed_count').notNull().default(0),
    callbackCount: integer('callback_count').notNull().default(0),
    lossReportCount: integer('loss_report_count').notNull().default(0),
    reporterCount: integer('reporter_count').notNull().default(0),
    /** Distinct categories and channels of the approved reports, most reported first, for browse filters. */
    categories: text('categories').array().$type<Category[]>().notNull().default(sql`'{}'::text[]`),
    channels: text('channels').array().$type<Channel[]>().notNull().default(sql`'{}'::text[]`),
    firstReportedOn: date('first_reported_on', { mode: 'string' }),
    lastReportedOn: date('last_reported_on', { mode: 'string' }),
    disputeState: text('dispute_state', { enum: DISPUTE_STATES }).notNull().default('none'),
    /**
     * When the number last changed hands, from an upheld owner's statement: reports of contacts
     * before that day were about someone else and no longer count toward the verdict.
     */
    ownedSince: date('owned_since', { mode: 'string' }),
    /** Hex SHA-256 of the E.164 text, set by a trigger, for the API's lookup by hash. */
    e164Sha256: binaryText('e164_sha256'),
    ...timestamps,
  },
  (t) => [
    index('phone_numbers_e164_sha256_idx').on(t.e164Sha256),
    check('phone_numbers_e164_check', sql`"e164" ~ '^\\+[1-9][0-9]{5,14}$'`),
    check('phone_numbers_line_type_check', oneOf('line_type', LINE_TYPES)),
    check('phone_numbers_dispute_state_check', oneOf('dispute_state', DISPUTE_STATES)),
    check(
      'phone_numbers_counts_check',
      sql`"report_count" >= 0 AND "displayed_count" >= 0 AND "callback_count" >= 0 AND "loss_report_count" >= 0 AND "reporter_count" >= 0`,
    ),
    index('phone_numbers_digits_trgm_idx').using('gin', sql`${t.digits} gin_trgm_ops`),
    // Browse orderings, only over numbers that have something public to show. Both columns
    // descend so a keyset condition `(key, e164) < (…)` is an index range.
    index('phone_numbers_most_reported_idx')
      .on(t.reportCount.desc().nullsFirst(), t.e164.desc().nullsFirst())
      .where(sql`${t.reportCount} > 0`),
    index('phone_numbers_latest_idx')
      .on(t.lastReportedOn.desc().nullsFirst(), t.e164.desc().nullsFirst())
      .where(sql`${t.reportCount} > 0`),
    index('phone_numbers_country_most_reported_idx')
      .on(t.countryCode, t.reportCount.desc().nullsFirst(), t.e164.desc().nullsFirst())
      .where(sql`${t.reportCount} > 0`),
    index('phone_numbers_country_latest_idx')
      .on(t.countryCode, t.lastReportedOn.desc().nullsFirst(), t.e164.desc().nullsFirst())
      .where(sql`${t.reportCount} > 0`),
    index('phone_numbers_categories_idx').using('gin', t.categories),
    index('phone_numbers_channels_idx').using('gin', t.channels),
  ],
);
export type PhoneNumberRow = typeof phoneNumbers.$inferSelect;
export type NewPhoneNumberRow = typeof phoneNumbers.$inferInsert;

export const reports = pgTable(
  'reports',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** Public reference such as SR-4K7M-Q2XD, given to the reporter. */
    reference: text('reference').notNull().unique(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('pending'),
    /** The number the caller ID showed. It may have been spoofed. */
    displayedE164: e164Text('displayed_e164')
      .notNull()
      .references(() => phoneNumbers.e164),
    /** The number the victim was told to call back, message or pay: the scammer controls it. */
    callbackE164: e164Text('callback_e164').references(() => phoneNumbers.e164),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    category: text('category', { enum: CATEGORIES }).notNull(),
    callerIdName: text('caller_id_name'),
    /**
     * The reporter's answer to "did the screen show a real organisation's number or name?":
     * true means the number was most likely spoofed; null is "not sure" or not asked.
     */
    screenShowedOrganisation: boolean('screen_showed_organisation'),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    occurredTime: time('occurred_time'),
    /** What the reporter wrote. Private: only moderators read it. */
    description: text('description').notNull(),
    /** The publishable text, with personal data replaced by markers. */
    descriptionRedacted: text('description_redacted').notNull(),
    lossAmountMinor: bigint('loss_amount_minor', { mode: 'number' }),
    lossCurrency: text('loss_currency'),
    paymentMethod: text('payment_method', { enum: PAYMENT_METHODS }),
    /** Private. Never shown publicly, never exported. */
    reporterEmail: text('reporter_email'),
    reporterCountry: text('reporter_country'),
    /** Keyed hash of the submitter's IP address; the address itself is never stored. */
    ipHash: text('ip_hash'),
    verified: boolean('verified').notNull().default(false),
    flags: text('flags').array().$type<ReportFlag[]>().notNull().default(sql`'{}'::text[]`),
    /** The form's one-time token: a retried or doubled submission finds the first report. */
    submissionToken: text('submission_token').unique(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason', { enum: DECISION_REASONS }),
    decisionNote: text('decision_note'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Removing a published report takes two staff: one proposes, a trigger checks the other. */
    removalProposedBy: uuid('removal_proposed_by').references(() => users.id),
    removalProposedAt: timestamp('removal_proposed_at', { withTimezone: true }),
    removalReason: text('removal_reason', { enum: DECISION_REASONS }),
    /** A moderator who opened the report holds it for a while, so that two never work on one. */
    claimedBy: uuid('claimed_by').references(() => users.id),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check('reports_status_check', oneOf('status', REPORT_STATUSES)),
    check('reports_removal_reason_check', sql`"removal_reason" IS NULL OR ${oneOf('removal_reason', DECISION_REASONS)}`),
    check('reports_channel_check', oneOf('channel', CHANNELS)),
    check('reports_category_check', oneOf('category', CATEGORIES)),
    check('reports_payment_method_check', sql`"payment_method" IS NULL OR ${oneOf('payment_method', PAYMENT_METHODS)}`),
    check('reports_decision_reason_check', sql`"decision_reason" IS NULL OR ${oneOf('decision_reason', DECISION_REASONS)}`),
    check('reports_numbers_differ_check', sql`"callback_e164" IS NULL OR "callback_e164" <> "displayed_e164"`),
    check(
      'reports_loss_check',
      // Spelled out with IS NOT NULL: a CHECK that evaluates to NULL passes.
      sql`("loss_amount_minor" IS NULL AND "loss_currency" IS NULL) OR ("loss_amount_minor" IS NOT NULL AND "loss_amount_minor" > 0 AND "loss_currency" IS NOT NULL AND "loss_currency" ~ '^[A-Z]{3}$')`,
    ),
    check('reports_published_check', sql`("status" = 'approved') = ("published_at" IS NOT NULL)`),
    // Public reads: a number's approved reports in either role, and the latest published.
    index('reports_displayed_approved_idx')
      .on(t.displayedE164, t.occurredOn.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'approved'`),
    index('reports_callback_approved_idx')
      .on(t.callbackE164, t.occurredOn.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'approved' AND ${t.callbackE164} IS NOT NULL`),
    index('reports_published_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'approved'`),
    // Moderation queue, burst detection and rate limits.
    index('reports_status_created_idx').on(t.status, t.createdAt, t.id),
    index('reports_displayed_created_idx').on(t.displayedE164, t.createdAt),
    index('reports_ip_hash_created_idx').on(t.ipHash, t.createdAt),
    // Statistics: the numbers most reported lately, read from the index alone.
    index('reports_occurred_approved_idx')
      .on(t.occurredOn, t.displayedE164, t.category, t.channel)
      .where(sql`${t.status} = 'approved'`),
    // Reporters to email: new reports and recent decisions, among the few reports with an address.
    index('reports_email_created_idx').on(t.createdAt).where(sql`${t.reporterEmail} IS NOT NULL`),
    index('reports_email_decided_idx').on(t.decidedAt).where(sql`${t.reporterEmail} IS NOT NULL AND ${t.decidedAt} IS NOT NULL`),
  ],
);
export type Report = typeof reports.$inferSelect;
export type NewReport = typeof reports.$inferInsert;

export const disputes = pgTable(
  'disputes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reference: text('reference').notNull().unique(),
    e164: e164Text('e164')
      .notNull()
      .references(() => phoneNumbers.e164),
    status: text('status', { enum: DISPUTE_STATUSES }).notNull().default('pending'),
    /** The owner's statement; published only once the dispute is upheld. */
    statement: text('statement').notNull(),
    /** Since when the owner has had the number, if they say: older reports were about someone else. */
    heldSince: date('held_since', { mode: 'string' }),
    /** Private contact for staff follow-up. */
    contact: text('contact'),
    ipHash: text('ip_hash'),
    verified: boolean('verified').notNull().default(false),
    /** The form's one-time token, as for reports: a retried submission finds the first dispute. */
    submissionToken: text('submission_token').unique(),
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    ...timestamps,
  },
  (t) => [
    check('disputes_status_check', oneOf('status', DISPUTE_STATUSES)),
    check('disputes_proposal_check', sql`"status" <> 'awaiting_second_review' OR "proposed_by" IS NOT NULL`),
    // Four-eyes: upholding takes a second, different member of staff.
    check(
      'disputes_four_eyes_check',
      sql`"status" <> 'upheld' OR ("proposed_by" IS NOT NULL AND "decided_by" IS NOT NULL AND "proposed_by" <> "decided_by")`,
    ),
    index('disputes_e164_status_idx').on(t.e164, t.status),
    index('disputes_status_created_idx').on(t.status, t.createdAt),
    index('disputes_ip_hash_created_idx').on(t.ipHash, t.createdAt),
  ],
);
export type Dispute = typeof disputes.$inferSelect;
export type NewDispute = typeof disputes.$inferInsert;

/**
 * The emails sent to a reporter who gave an address: a receipt, then the moderator's decision.
 * One row per report and kind, so no email is sent twice; a failed send is tried again later.
 */
export const reportEmails = pgTable(
  'report_emails',
  {
    reportId: bigint('report_id', { mode: 'number' })
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ReportEmailKind>().notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    /** When it may be tried (again); also holds it for the instance that is sending it. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.kind] }), check('report_emails_kind_check', oneOf('kind', REPORT_EMAIL_KINDS))],
);
export type ReportEmail = typeof reportEmails.$inferSelect;

/**
 * Organisations' genuine numbers, checked by staff against the organisation's own publication.
 * Scammers show these on caller ID, so their pages name the organisation and never brand them.
 */
export const verifiedNumbers = pgTable(
  'verified_numbers',
  {
    e164: e164Text('e164')
      .primaryKey()
      .references(() => phoneNumbers.e164),
    organisation: text('organisation').notNull(),
    /** The page where the organisation publishes this number. */
    sourceUrl: text('source_url').notNull(),
    verifiedBy: uuid('verified_by').references(() => users.id),
    /** Who verified it, as they were known then: a staff email, or "cli" for the command line. */
    verifiedByLabel: text('verified_by_label').notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull().defaultNow(),
    /** The owner's statement that led to this entry, if any. */
    disputeId: bigint('dispute_id', { mode: 'number' }).references(() => disputes.id),
  },
  () => [
    check('verified_numbers_source_check', sql`"source_url" ~ '^https?://'`),
    check('verified_numbers_organisation_check', sql`length("organisation") BETWEEN 2 AND 120`),
  ],
);
export type VerifiedNumber = typeof verifiedNumbers.$inferSelect;
export type NewVerifiedNumber = typeof verifiedNumbers.$inferInsert;

/**
 * Published reports counted by month of contact, country of the number shown, category, channel
 * and currency of the money lost: what the statistics read, so that no request scans the reports.
 * A trigger on reports keeps it (migration 0012); a bulk load without triggers rebuilds it.
 */
export const reportStats = pgTable(
  'report_stats',
  {
    month: date('month', { mode: 'string' }).notNull(),
    /** '' for a non-geographic number such as +800. */
    countryCode: text('country_code').notNull(),
    category: text('category', { enum: CATEGORIES }).notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    /** '' for reports without a loss. */
    lossCurrency: text('loss_currency').notNull(),
    reports: integer('reports').notNull(),
    lossMinor: bigint('loss_minor', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.countryCode, t.category, t.channel, t.lossCurrency] })],
);
export type ReportStatsRow = typeof reportStats.$inferSelect;

/**
 * Complaints from official open data (such as the US FTC's Do Not Call files), one row per
 * published complaint. Not moderated reports: number pages show them apart. The complainant's
 * location in the source file is never stored.
 */
export const officialComplaints = pgTable(
  'official_complaints',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    source: text('source').$type<OfficialSource>().notNull(),
    e164: e164Text('e164').notNull(),
    /** SHA-256 of the source row as published: importing a file twice stores each complaint once. */
    rowDigest: text('row_digest').notNull(),
    /** When the complaint was made to the source. */
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    /** When the call happened, if the source says. */
    occurredOn: date('occurred_on', { mode: 'string' }),
    /** The source's own subject, as published (spacing tidied). */
    subject: text('subject'),
    category: text('category', { enum: CATEGORIES }).notNull(),
    robocall: boolean('robocall'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('official_complaints_source_check', oneOf('source', OFFICIAL_SOURCES)),
    check('official_complaints_category_check', oneOf('category', CATEGORIES)),
    check('official_complaints_e164_check', sql`"e164" ~ '^\\+[1-9][0-9]{5,14}$'`),
    uniqueIndex('official_complaints_source_digest_idx').on(t.source, t.rowDigest),
    index('official_complaints_e164_idx').on(t.e164, t.source, t.reportedOn.desc().nullsFirst()),
  ],
);
export type OfficialComplaint = typeof officialComplaints.$inferSelect;
export type NewOfficialComplaint = typeof officialComplaints.$inferInsert;

/** Append-only: a trigger in the migrations refuses UPDATE, DELETE and TRUNCATE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    /** Who acted, as they were known then: an email, "system" or "anonymous". */
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    ipHash: text('ip_hash'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_events_occurred_idx').on(t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('audit_events_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_events_actor_idx').on(t.actorId, t.occurredAt.desc().nullsFirst()),
  ],
);
export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

/** Small facts about this installation, such as when demo data was loaded. */
/**
 * The public API's per-client counts, shared by every instance on one PostgreSQL database: the
 * table rate-limiter-flexible's PostgreSQL store reads and writes (`expire` in epoch ms).
 */
export const apiRateLimits = pgTable('api_rate_limits', {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull().default(0),
  expire: bigint('expire', { mode: 'number' }),
});

export const siteMeta = pgTable('site_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type SiteMeta = typeof siteMeta.$inferSelect;

/** Proof-of-work challenges already used, so a solved challenge buys one report only. */
export const spentChallenges = pgTable(
  'spent_challenges',
  {
    id: text('id').primaryKey(),
    spentAt: timestamp('spent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('spent_challenges_spent_at_idx').on(t.spentAt)],
);
