import { and, eq, sql } from 'drizzle-orm';
import { UNDO_WINDOW_MINUTES, type DecisionReason, type ReportEmailKind, type ReportStatus } from '@/db/constants';
import { queryRows, type Db } from '../client';
import { reportEmails } from '../schema';

/** Tries per email before giving up on an address that keeps failing. */
export const MAX_EMAIL_ATTEMPTS = 8;
/** How long a claimed email is held for the instance sending it; past that, another may try. */
const HOLD_MINUTES = 5;

export type DueReportEmail = {
  reportId: number;
  kind: ReportEmailKind;
  reference: string;
  email: string;
  status: ReportStatus;
  decisionReason: DecisionReason | null;
  displayedE164: string;
};

/**
 * Claims the emails due to reporters, at most `limit`: a receipt for a report received in the
 * last day, and the decision once it can no longer be undone (approved or rejected, never spam),
 * within a week. Older ones are not sent, so turning email on does not write to last year's
 * reporters, and none goes to an address that cannot receive mail. A claim holds the email for HOLD_MINUTES, so two instances never send one twice.
 */
export async function claimDueReportEmails(db: Db, { limit }: { limit: number }): Promise<DueReportEmail[]> {
  return queryRows<DueReportEmail>(
    db,
    sql`
      WITH candidates AS (
        SELECT r.id AS report_id, 'received' AS kind, r.created_at AS since FROM reports AS r
        WHERE r.reporter_email IS NOT NULL AND r.created_at > now() - interval '1 day'
        UNION ALL
        SELECT r.id, 'decided', r.decided_at FROM reports AS r
        WHERE r.reporter_email IS NOT NULL AND r.decided_at IS NOT NULL
          AND r.decided_at > now() - interval '7 days'
          AND r.decided_at <= now() - make_interval(mins => ${UNDO_WINDOW_MINUTES})
          AND r.status IN ('approved', 'rejected')
      ),
      due AS (
        SELECT c.report_id, c.kind FROM candidates AS c
        JOIN reports AS r ON r.id = c.report_id
        LEFT JOIN report_emails AS e ON e.report_id = c.report_id AND e.kind = c.kind
        WHERE (e.report_id IS NULL OR (e.sent_at IS NULL AND e.attempts < ${MAX_EMAIL_ATTEMPTS} AND e.next_attempt_at <= now()))
          -- The demo data's addresses: .invalid can never receive mail (RFC 6761).
          AND r.reporter_email NOT LIKE '%.invalid'
        -- A receipt is awaited; a decision can wait a minute.
        ORDER BY c.kind = 'received' DESC, c.since
        LIMIT ${limit}
      ),
      claimed AS (
        INSERT INTO report_emails (report_id, kind, attempts, next_attempt_at)
        SELECT report_id, kind, 1, now() + make_interval(mins => ${HOLD_MINUTES}) FROM due
        ON CONFLICT (report_id, kind) DO UPDATE
          SET attempts = report_emails.attempts + 1, next_attempt_at = excluded.next_attempt_at
          WHERE report_emails.sent_at IS NULL AND report_emails.next_attempt_at <= now()
        RETURNING report_id, kind
      )
      SELECT c.report_id::int AS "reportId", c.kind, r.reference, r.reporter_email AS email, r.status,
        r.decision_reason AS "decisionReason", r.displayed_e164 AS "displayedE164"
      FROM claimed AS c JOIN reports AS r ON r.id = c.report_id
      WHERE r.reporter_email IS NOT NULL
    `,
  );
}

export async function markReportEmailSent(db: Db, { reportId, kind }: { reportId: number; kind: ReportEmailKind }): Promise<void> {
  await db
    .update(reportEmails)
    .set({ sentAt: sql`now()`, lastError: null })
    .where(and(eq(reportEmails.reportId, reportId), eq(reportEmails.kind, kind)));
}

/** Records a failed send; the next try waits twice as long as the last, up to six hours. */
export async function markReportEmailFailed(db: Db, { reportId, kind, error }: { reportId: number; kind: ReportEmailKind; error: string }): Promise<void> {
  await db
    .update(reportEmails)
    .set({
      lastError: error.slice(0, 500),
      nextAttemptAt: sql`now() + make_interval(mins => least(power(2, ${reportEmails.attempts})::int, 360))`,
    })
    .where(and(eq(reportEmails.reportId, reportId), eq(reportEmails.kind, kind)));
}
