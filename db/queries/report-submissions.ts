import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { DecisionReason, ReportFlag, ReportStatus } from '@/db/constants';
import { redactReport } from '@/lib/redact';
import { createReference } from '@/lib/reference';
import type { ReportInput } from '@/lib/validation/report';
import type { Db } from '../client';
import { reports } from '../schema';
import { spendChallenge } from './challenges';
import { claimSubmissionSlot } from './submissions';
import { ensurePhoneNumber } from './phone-numbers';

/** Reports from one address allowed per hour and per day before the form refuses politely. */
export const RATE_LIMITS = { perHour: 5, perDay: 20 } as const;
/** New reports within an hour that mark a burst for moderators. */
export const BURST = { sameNumber: 5, sameAddress: 3 } as const;

export interface SubmitReportParams {
  input: ReportInput;
  /** The form token's id: the same token always leads to the same single report. */
  submissionToken: string;
  ipHash: string | null;
  /** The solved proof-of-work challenge, spent by this report; null when none was solved. */
  challengeId: string | null;
}

export interface SubmittedReport {
  reference: string;
  /** False when the token had already made this report (a double click or a retried POST). */
  created: boolean;
}

/**
 * Stores a new report, pending, in one transaction: the form's token is looked up, the address's
 * limit counted, the challenge spent, the numbers and the report written, or none of it. A form
 * sent again finds its first report. Throws RateLimitError past the limit, and AppError CONFLICT
 * for a challenge already spent by another report.
 */
export async function submitReport(db: Db, { input, submissionToken, ipHash, challengeId }: SubmitReportParams): Promise<SubmittedReport> {
  const { description: published, callerIdName } = redactReport(input);

  try {
    return await db.transaction(async (t) => {
      const existing = await findReportByToken(t, submissionToken);
      if (existing) return { reference: existing, created: false };
      await claimSubmissionSlot(t, { table: 'reports', ipHash, limits: RATE_LIMITS });
      if (challengeId) await spendChallenge(t, challengeId);
      await ensurePhoneNumber(t, input.displayed);
      if (input.callback) await ensurePhoneNumber(t, input.callback);

      const flags = await burstFlags(t, input.displayed.e164, ipHash);
      if (!challengeId) flags.unshift('unverified');

      for (let attempt = 0; attempt < 3; attempt += 1) {
        const reference = createReference('SR');
        const inserted = await t
          .insert(reports)
          .values({
            reference,
            status: 'pending',
            displayedE164: input.displayed.e164,
            callbackE164: input.callback?.e164 ?? null,
            channel: input.channel,
            category: input.category,
            callerIdName,
            screenShowedOrganisation: input.screenShowedOrganisation,
            occurredOn: input.occurredOn,
            occurredTime: input.occurredTime,
            description: input.description,
            descriptionRedacted: published.text,
            lossAmountMinor: input.loss?.amountMinor ?? null,
            lossCurrency: input.loss?.currency ?? null,
            paymentMethod: input.loss?.paymentMethod ?? null,
            reporterEmail: input.email,
            reporterCountry: input.reporterCountry,
            ipHash,
            verified: challengeId !== null,
            flags,
            submissionToken,
          })
          .onConflictDoNothing()
          .returning({ reference: reports.reference });
        if (inserted[0]) return { reference: inserted[0].reference, created: true };
        // Either the reference collided (retry with another) or the token was used meanwhile.
        const raced = await findReportByToken(t, submissionToken);
        if (raced) return { reference: raced, created: false };
      }
      throw new Error('Could not allocate a report reference');
    });
  } catch (error) {
    // The same form sent at the same moment: the other transaction spent the challenge and stored it.
    const raced = await findReportByToken(db, submissionToken);
    if (raced) return { reference: raced, created: false };
    throw error;
  }
}

async function burstFlags(db: Db, e164: string, ipHash: string | null): Promise<ReportFlag[]> {
  const hourAgo = sql`now() - interval '1 hour'`;
  const [[byNumber], [byAddress]] = await Promise.all([
    db.select({ value: count() }).from(reports).where(and(eq(reports.displayedE164, e164), gte(reports.createdAt, hourAgo))),
    ipHash
      ? db.select({ value: count() }).from(reports).where(and(eq(reports.ipHash, ipHash), gte(reports.createdAt, hourAgo)))
      : Promise.resolve([{ value: 0 }]),
  ]);
  const flags: ReportFlag[] = [];
  if ((byNumber?.value ?? 0) + 1 >= BURST.sameNumber) flags.push('number_burst');
  if ((byAddress?.value ?? 0) + 1 >= BURST.sameAddress) flags.push('ip_burst');
  return flags;
}

export async function findReportByToken(db: Db, submissionToken: string): Promise<string | null> {
  const [row] = await db.select({ reference: reports.reference }).from(reports).where(eq(reports.submissionToken, submissionToken)).limit(1);
  return row?.reference ?? null;
}

export interface ReportStatusView {
  reference: string;
  status: ReportStatus;
  decisionReason: DecisionReason | null;
  /** Only for published reports: where to read it. */
  displayedE164: string | null;
  createdAt: Date;
}

/** What the status page may say about a report: its state and reason, nothing it contains. */
export async function getReportStatus(db: Db, reference: string): Promise<ReportStatusView | null> {
  const [row] = await db
    .select({
      reference: reports.reference,
      status: reports.status,
      decisionReason: reports.decisionReason,
      displayedE164: reports.displayedE164,
      createdAt: reports.createdAt,
    })
    .from(reports)
    .where(eq(reports.reference, reference))
    .limit(1);
  if (!row) return null;
  return { ...row, displayedE164: row.status === 'approved' ? row.displayedE164 : null };
}

/** The reporter's own copy of a report, for the confirmation page they were sent to. */
export async function getReportReceipt(db: Db, reference: string) {
  const [row] = await db
    .select({
      reference: reports.reference,
      displayedE164: reports.displayedE164,
      callbackE164: reports.callbackE164,
      channel: reports.channel,
      category: reports.category,
      callerIdName: reports.callerIdName,
      occurredOn: reports.occurredOn,
      occurredTime: reports.occurredTime,
      description: reports.description,
      lossAmountMinor: reports.lossAmountMinor,
      lossCurrency: reports.lossCurrency,
      paymentMethod: reports.paymentMethod,
      reporterCountry: reports.reporterCountry,
      createdAt: reports.createdAt,
    })
    .from(reports)
    .where(eq(reports.reference, reference))
    .limit(1);
  return row ?? null;
}

