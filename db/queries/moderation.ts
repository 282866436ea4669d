import { and, asc, count, desc, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import { UNDO_WINDOW_MINUTES, type Category, type Channel, type DecisionReason, type ReportStatus } from '@/db/constants';
import { AppError } from '@/lib/errors';
import type { Db } from '../client';
import { disputes, phoneNumbers, reports, users, verifiedNumbers } from '../schema';
import { recordAudit } from './audit';
import { refreshNumberCounters } from './phone-numbers';

/** Staff-only reads and writes. Callers check the role before calling any of these. */

export async function getModerationSummary(db: Db) {
  const [pending] = await db
    .select({
      pending: count(),
      oldest: sql<Date | null>`min(${reports.createdAt})`,
      flagged: sql<number>`count(*) FILTER (WHERE cardinality(${reports.flags}) > 0)::int`,
    })
    .from(reports)
    .where(eq(reports.status, 'pending'));
  const perDay = await db
    .select({
      day: sql<string>`to_char(date_trunc('day', ${reports.decidedAt}), 'YYYY-MM-DD')`,
      approved: sql<number>`count(*) FILTER (WHERE ${reports.status} = 'approved')::int`,
      refused: sql<number>`count(*) FILTER (WHERE ${reports.status} <> 'approved')::int`,
    })
    .from(reports)
    .where(sql`${reports.decidedAt} >= now() - interval '7 days'`)
    .groupBy(sql`1`)
    .orderBy(sql`1 desc`);
  const [statements] = await db
    .select({ waiting: count() })
    .from(disputes)
    .where(sql`${disputes.status} IN ('pending', 'awaiting_second_review')`);
  return {
    disputes: statements?.waiting ?? 0,
    pending: pending?.pending ?? 0,
    oldestPending: pending?.oldest ? new Date(pending.oldest) : null,
    flagged: pending?.flagged ?? 0,
    perDay,
  };
}

export type QueueSort = 'oldest' | 'loss' | 'burst';

export interface QueueCursor {
  /** The sort key of the last row shown: its creation time, its loss in minor units, or its burst count. */
  key: string;
  id: number;
}

export interface ListQueueParams {
  status: ReportStatus;
  flaggedOnly: boolean;
  /** Only reports naming this number, in either role. */
  e164?: string | null;
  category?: Category | null;
  channel?: Channel | null;
  /** The country of the number shown. */
  country?: string | null;
  sort?: QueueSort;
  after?: QueueCursor | null;
  limit: number;
  /** Who is looking: reports another moderator has open are left out for them. */
  viewerId?: string | null;
  /** Only losses in this currency: amounts in different currencies are never compared. */
  currency?: string | null;
}

/** The moderation queue, oldest first or biggest loss first, with keyset pagination. */
export async function listModerationQueue(db: Db, params: ListQueueParams) {
  const { status, flaggedOnly, e164, category, channel, country, sort = 'oldest', after, limit, viewerId, currency } = params;
  const loss = sql`coalesce(${reports.lossAmountMinor}, 0)`;
  // Reports about the same number received in the last 24 hours: a campaign or a brigade.
  // Spelled out: drizzle would print the outer column unqualified, and it would match the inner one.
  const burst = sql<number>`(SELECT count(*)::int FROM reports AS recent WHERE recent.displayed_e164 = "reports"."displayed_e164" AND recent.created_at >= now() - interval '24 hours')`;
  const conditions: SQL[] = [eq(reports.status, status)];
  if (e164) conditions.push(or(eq(reports.displayedE164, e164), eq(reports.callbackE164, e164))!);
  if (flaggedOnly) conditions.push(sql`cardinality(${reports.flags}) > 0`);
  if (currency) conditions.push(eq(reports.lossCurrency, currency));
  if (viewerId) conditions.push(sql`(${reports.claimedBy} IS NULL OR ${reports.claimedUntil} < now() OR ${reports.claimedBy} = ${viewerId})`);
  if (category) conditions.push(eq(reports.category, category));
  if (channel) conditions.push(eq(reports.channel, channel));
  if (country) conditions.push(sql`${reports.displayedE164} IN (SELECT ${phoneNumbers.e164} FROM ${phoneNumbers} WHERE ${phoneNumbers.countryCode} = ${country})`);
  if (after && sort === 'oldest') conditions.push(sql`(${reports.createdAt}, ${reports.id}) > (${after.key}::timestamptz, ${after.id})`);
  if (after && sort === 'loss' && /^\d{1,18}$/.test(after.key)) conditions.push(sql`(${loss}, ${reports.id}) < (${after.key}::bigint, ${after.id})`);
  if (after && sort === 'burst' && /^\d{1,9}$/.test(after.key)) conditions.push(sql`(${burst}, ${reports.id}) < (${after.key}::int, ${after.id})`);
  const rows = await db
    .select({
      id: reports.id,
      reference: reports.reference,
      displayedE164: reports.displayedE164,
      category: reports.category,
      channel: reports.channel,
      descriptionRedacted: reports.descriptionRedacted,
      lossAmountMinor: reports.lossAmountMinor,
      lossCurrency: reports.lossCurrency,
      flags: reports.flags,
      verified: reports.verified,
      createdAt: reports.createdAt,
      createdAtText: sql<string>`to_char(${reports.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      burst,
    })
    .from(reports)
    .where(and(...conditions))
    .orderBy(...(sort === 'loss' ? [desc(loss), desc(reports.id)] : sort === 'burst' ? [desc(burst), desc(reports.id)] : [asc(reports.createdAt), asc(reports.id)]))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next: QueueCursor | null =
    rows.length > limit && last
      ? { key: sort === 'loss' ? String(last.lossAmountMinor ?? 0) : sort === 'burst' ? String(last.burst) : last.createdAtText, id: last.id }
      : null;
  return { rows: page, next };
}

/** The currencies of the losses in a queue, most reports first: "most money lost" ranks within one. */
export async function listQueueCurrencies(db: Db, { status }: { status: ReportStatus }) {
  return db
    .select({ currency: sql<string>`${reports.lossCurrency}`, reports: count() })
    .from(reports)
    .where(and(eq(reports.status, status), sql`${reports.lossCurrency} IS NOT NULL`))
    .groupBy(reports.lossCurrency)
    .orderBy(desc(count()), asc(reports.lossCurrency))
    .limit(50);
}

/** Everything a moderator needs to judge one report, including what the public never sees. */
export async function getReportForReview(db: Db, id: number) {
  const [report] = await db
    .select({
      report: reports,
      decidedByEmail: users.email,
    })
    .from(reports)
    .leftJoin(users, eq(users.id, reports.decidedBy))
    .where(eq(reports.id, id))
    .limit(1);
  if (!report) return null;
  const r = report.report;
  const [sameNumber, sameAddress] = await Promise.all([
    db
      .select({ id: reports.id, reference: reports.reference, status: reports.status, category: reports.category, createdAt: reports.createdAt })
      .from(reports)
      .where(and(eq(reports.displayedE164, r.displayedE164), ne(reports.id, r.id)))
      .orderBy(desc(reports.createdAt))
      .limit(20),
    r.ipHash
      ? db
          .select({ id: reports.id, reference: reports.reference, status: reports.status, displayedE164: reports.displayedE164, createdAt: reports.createdAt })
          .from(reports)
          .where(and(eq(reports.ipHash, r.ipHash), ne(reports.id, r.id)))
          .orderBy(desc(reports.createdAt))
          .limit(20)
      : Promise.resolve([]),
  ]);
  const [verified] = await db
    .select({ organisation: verifiedNumbers.organisation })
    .from(verifiedNumbers)
    .where(eq(verifiedNumbers.e164, r.displayedE164))
    .limit(1);
  return { report: r, decidedByEmail: report.decidedByEmail, sameNumber, sameAddress, verified: verified ?? null };
}

export interface DecideReportParams {
  reportId: number;
  decision: 'approve' | 'reject';
  reason: DecisionReason;
  note: string | null;
  /** The publishable text as the moderator left it; only used when approving. */
  publishedText: string | null;
  actor: { id: string; email: string };
}

/**
 * Approves or rejects a pending report. The status, the number's public counters and the audit
 * entry change in one transaction; a report someone else decided first is refused.
 */
export async function decideReport(db: Db, params: DecideReportParams): Promise<{ e164s: string[] }> {
  const { reportId, decision, reason, note, publishedText, actor } = params;
  const status: ReportStatus = decision === 'approve' ? 'approved' : reason === 'spam' ? 'spam' : 'rejected';
  return db.transaction(async (t) => {
    const [before] = await t
      .select({ status: reports.status, descriptionRedacted: reports.descriptionRedacted, displayedE164: reports.displayedE164, callbackE164: reports.callbackE164 })
      .from(reports)
      .where(eq(reports.id, reportId))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND', 'There is no such report.');
    const [updated] = await t
      .update(reports)
      .set({
        status,
        decidedBy: actor.id,
        decidedAt: sql`now()`,
        decisionReason: decision === 'approve' ? 'approved' : reason,
        decisionNote: note,
        publishedAt: decision === 'approve' ? sql`now()` : null,
        claimedBy: null,
        claimedUntil: null,
        ...(decision === 'approve' && publishedText ? { descriptionRedacted: publishedText } : {}),
        updatedAt: sql`now()`,
      })
      .where(and(eq(reports.id, reportId), eq(reports.status, 'pending')))
      .returning({ id: reports.id });
    if (!updated) throw new AppError('CONFLICT', `This report was already handled: it is ${before.status}.`);

    const e164s = [before.displayedE164, ...(before.callbackE164 ? [before.callbackE164] : [])];
    await refreshNumberCounters(t, e164s);
    await recordAudit(t, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: decision === 'approve' ? 'report.approve' : 'report.reject',
      subjectType: 'report',
      subjectId: String(reportId),
      before: { status: before.status, descriptionRedacted: before.descriptionRedacted },
      after: { status, reason, note, ...(decision === 'approve' && publishedText && publishedText !== before.descriptionRedacted ? { descriptionRedacted: publishedText } : {}) },
    });
    return { e164s };
  });
}

/** How long opening a report keeps it for the moderator who opened it. */
export const CLAIM_MINUTES = 10;

export type ClaimOutcome = { held: true; until: Date } | { held: false; byEmail: string; until: Date } | { held: false; byEmail: null; until: null };

/**
 * Opening a pending report claims it for CLAIM_MINUTES, or renews the viewer's own claim. When
 * another moderator holds it, says who and until when, and changes nothing.
 */
export async function claimReport(db: Db, { reportId, staffId }: { reportId: number; staffId: string }): Promise<ClaimOutcome> {
  const [claimed] = await db
    .update(reports)
    .set({ claimedBy: staffId, claimedUntil: sql`now() + make_interval(mins => ${CLAIM_MINUTES})` })
    .where(and(eq(reports.id, reportId), eq(reports.status, 'pending'), sql`(${reports.claimedBy} IS NULL OR ${reports.claimedUntil} < now() OR ${reports.claimedBy} = ${staffId})`))
    .returning({ until: reports.claimedUntil });
  if (claimed?.until) return { held: true, until: claimed.until };
  const [holder] = await db
    .select({ email: users.email, until: reports.claimedUntil })
    .from(reports)
    .innerJoin(users, eq(users.id, reports.claimedBy))
    .where(and(eq(reports.id, reportId), eq(reports.status, 'pending'), sql`${reports.claimedUntil} >= now()`))
    .limit(1);
  return holder?.until ? { held: false, byEmail: holder.email, until: holder.until } : { held: false, byEmail: null, until: null };
}

/** Lets go of the viewer's own claim, so that the report goes back to the queue at once. */
export async function releaseClaim(db: Db, { reportId, staffId }: { reportId: number; staffId: string }): Promise<void> {
  await db.update(reports).set({ claimedBy: null, claimedUntil: null }).where(and(eq(reports.id, reportId), eq(reports.claimedBy, staffId)));
}

export interface UndoDecisionParams {
  reportId: number;
  actor: { id: string; email: string };
}

/**
 * Puts a decided report back in the queue, as if it had not been decided: only its author may,
 * and only within UNDO_WINDOW_MINUTES (the database refuses a later step down from published).
 * After that, a published report comes down through the two-person removal.
 */
export async function undoDecision(db: Db, { reportId, actor }: UndoDecisionParams): Promise<{ e164s: string[]; reference: string }> {
  return db.transaction(async (t) => {
    const [before] = await t
      .select({
        reference: reports.reference,
        status: reports.status,
        decidedBy: reports.decidedBy,
        reason: reports.decisionReason,
        note: reports.decisionNote,
        removalProposedBy: reports.removalProposedBy,
        withinWindow: sql<boolean>`${reports.decidedAt} >= now() - make_interval(mins => ${UNDO_WINDOW_MINUTES})`,
        displayedE164: reports.displayedE164,
        callbackE164: reports.callbackE164,
      })
      .from(reports)
      .where(eq(reports.id, reportId))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND', 'There is no such report.');
    if (before.status === 'pending') throw new AppError('CONFLICT', 'This report is already waiting for a decision.');
    if (before.decidedBy !== actor.id) throw new AppError('FORBIDDEN', 'Only the moderator who made a decision can undo it.');
    if (!before.withinWindow) {
      throw new AppError(
        'CONFLICT',
        `More than ${UNDO_WINDOW_MINUTES} minutes have passed, so this decision can no longer be undone.${before.status === 'approved' ? ' To take the report down, propose its removal: a second member of staff confirms it.' : ''}`,
      );
    }
    if (before.removalProposedBy) throw new AppError('CONFLICT', 'Its removal has been proposed: confirm or leave that instead.');
    await t
      .update(reports)
      .set({ status: 'pending', decidedBy: null, decidedAt: null, decisionReason: null, decisionNote: null, publishedAt: null, updatedAt: sql`now()` })
      .where(eq(reports.id, reportId));
    const e164s = [before.displayedE164, ...(before.callbackE164 ? [before.callbackE164] : [])];
    await refreshNumberCounters(t, e164s);
    await recordAudit(t, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: 'report.undo',
      subjectType: 'report',
      subjectId: String(reportId),
      before: { status: before.status, reason: before.reason, note: before.note },
      after: { status: 'pending' },
    });
    return { e164s, reference: before.reference };
  });
}

/** Whether the member of staff may still undo their decision on a report, and until when. */
export function undoDeadline(report: { decidedBy: string | null; decidedAt: Date | null; status: ReportStatus; removalProposedBy: string | null }, staffId: string, now = new Date()): Date | null {
  if (report.status === 'pending' || report.decidedBy !== staffId || !report.decidedAt || report.removalProposedBy) return null;
  const deadline = new Date(report.decidedAt.getTime() + UNDO_WINDOW_MINUTES * 60_000);
  return deadline > now ? deadline : null;
}

export interface RemovalParams {
  reportId: number;
  actor: { id: string; email: string };
}

/** First step of taking down a published report: it stays public until someone else confirms. */
export async function proposeRemoval(db: Db, { reportId, actor, reason }: RemovalParams & { reason: DecisionReason }): Promise<void> {
  await db.transaction(async (t) => {
    const [row] = await t
      .update(reports)
      .set({ removalProposedBy: actor.id, removalProposedAt: sql`now()`, removalReason: reason, updatedAt: sql`now()` })
      .where(and(eq(reports.id, reportId), eq(reports.status, 'approved'), sql`${reports.removalProposedBy} IS NULL`))
      .returning({ id: reports.id });
    if (!row) throw new AppError('CONFLICT', 'This report is not published, or its removal was already proposed.');
    await recordAudit(t, { actorId: actor.id, actorLabel: actor.email, action: 'report.propose_removal', subjectType: 'report', subjectId: String(reportId), after: { reason } });
  });
}

/**
 * Second step: a different member of staff takes the report down. The counters change in the
 * same transaction, and a database trigger refuses the step if the same person tries both.
 */
export async function confirmRemoval(db: Db, { reportId, actor }: RemovalParams): Promise<{ e164s: string[] }> {
  return db.transaction(async (t) => {
    const [before] = await t
      .select({ status: reports.status, proposedBy: reports.removalProposedBy, reason: reports.removalReason, displayedE164: reports.displayedE164, callbackE164: reports.callbackE164 })
      .from(reports)
      .where(eq(reports.id, reportId))
      .for('update');
    if (!before || before.status !== 'approved' || !before.proposedBy) throw new AppError('CONFLICT', 'There is no removal waiting for this report.');
    if (before.proposedBy === actor.id) throw new AppError('FORBIDDEN', 'A second member of staff must confirm: you proposed this removal.');
    await t
      .update(reports)
      .set({ status: before.reason === 'spam' ? 'spam' : 'rejected', decisionReason: before.reason, decidedBy: actor.id, decidedAt: sql`now()`, publishedAt: null, updatedAt: sql`now()` })
      .where(eq(reports.id, reportId));
    const e164s = [before.displayedE164, ...(before.callbackE164 ? [before.callbackE164] : [])];
    await refreshNumberCounters(t, e164s);
    await recordAudit(t, { actorId: actor.id, actorLabel: actor.email, action: 'report.remove', subjectType: 'report', subjectId: String(reportId), before: { status: 'approved' }, after: { status: 'removed', reason: before.reason } });
    return { e164s };
  });
}
