'use server';

import { z } from 'zod';
import { REJECTION_REASONS } from '@/db/constants';
import type { Db } from '@/db/client';
import { confirmRemoval, decideReport, listModerationQueue, proposeRemoval, releaseClaim, undoDecision } from '@/db/queries/moderation';
import { queueQuery, readQueueQuery } from '@/lib/queue-filters';
import { defaultRegion } from '@/lib/site';
import { idField } from '@/lib/validation/fields';
import { DECISION_FIELDS, decisionSchema, PUBLISHED_TEXT_MAX, type DecisionField } from '@/lib/validation/decision';
import { staffAction, staffFormAction, type StaffFormState } from '@/server/staff-action';
import { metrics } from '@/server/metrics';

export type DecisionState = StaffFormState<DecisionField>;

const reportPage = (raw: Record<string, unknown>) => (typeof raw.reportId === 'string' && /^\d{1,15}$/.test(raw.reportId) ? `/admin/reports/${raw.reportId}` : '/admin/reports');

const decide = staffFormAction({
  fields: DECISION_FIELDS,
  schema: decisionSchema,
  echoLimit: PUBLISHED_TEXT_MAX * 2,
  run: async (input, { db, staff }) => {
    const approve = input.decision === 'approve';
    const { e164s } = await decideReport(db, {
      reportId: input.reportId,
      decision: input.decision,
      reason: approve ? 'approved' : input.reason,
      note: input.note,
      publishedText: approve ? input.publishedText : null,
      actor: staff,
    });
    metrics().reportsDecided.inc({ outcome: input.decision });
    const notice = approve ? 'Report approved and published.' : 'Report rejected: it will not be published.';
    return { notice, to: await nextInQueue(db, { queue: input.queue, decided: input.reportId, staffId: staff.id }), invalidate: e164s };
  },
});

/** Approves or rejects one report, whichever button was pressed; a problem gives the form back as it was. */
export async function decideReportAction(previous: DecisionState, formData: FormData): Promise<DecisionState> {
  return decide(previous, formData);
}

/**
 * After a decision, the next report in the queue it was opened from, keeping its filters and
 * skipping reports another moderator has open; the queue itself when none is left.
 */
async function nextInQueue(db: Db, { queue, decided, staffId }: { queue: string; decided: number; staffId: string }): Promise<string> {
  const filters = readQueueQuery(queue, defaultRegion());
  const query = queueQuery(filters);
  const { rows } =
    filters.status === 'pending'
      ? await listModerationQueue(db, { ...filters, limit: 1, viewerId: staffId })
      : { rows: [] };
  const next = rows[0];
  const decidedParam = `decided=${decided}`;
  return next ? `/admin/reports/${next.id}?${query ? `queue=${encodeURIComponent(query)}&` : ''}${decidedParam}` : `/admin/reports${query ? `${query}&` : '?'}${decidedParam}`;
}

const undo = staffAction({
  fields: ['reportId'],
  schema: z.object({ reportId: idField() }),
  back: reportPage,
  run: async ({ reportId }, { db, staff }) => {
    const { e164s, reference } = await undoDecision(db, { reportId, actor: staff });
    return { notice: `Decision undone: ${reference} is waiting for a decision again.`, invalidate: e164s };
  },
});

/** Takes back the signed-in moderator's own decision within the undo window. */
export async function undoDecisionAction(formData: FormData): Promise<void> {
  return undo(formData);
}

const propose = staffAction({
  fields: ['reportId', 'reason'],
  schema: z.object({ reportId: idField(), reason: z.enum(REJECTION_REASONS) }),
  messages: { reason: 'Choose why the report should come down.' },
  back: reportPage,
  run: async ({ reportId, reason }, { db, staff }) => {
    await proposeRemoval(db, { reportId, reason, actor: staff });
    return { notice: 'Removal proposed: a second member of staff must confirm it.' };
  },
});

/** Proposes taking down a published report; a second member of staff must confirm. */
export async function proposeRemovalAction(formData: FormData): Promise<void> {
  return propose(formData);
}

const release = staffAction({
  fields: ['reportId', 'queue'],
  schema: z.object({ reportId: idField(), queue: z.string().max(500).optional() }),
  back: reportPage,
  run: async ({ reportId, queue }, { db, staff }) => {
    await releaseClaim(db, { reportId, staffId: staff.id });
    return { notice: 'Released: the report is back in the queue for everyone.', to: `/admin/reports${queueQuery(readQueueQuery(queue, defaultRegion()))}` };
  },
});

/** Lets go of a report the moderator opened, so that a colleague can take it at once. */
export async function releaseClaimAction(formData: FormData): Promise<void> {
  return release(formData);
}

const confirm = staffAction({
  fields: ['reportId'],
  schema: z.object({ reportId: idField() }),
  back: reportPage,
  run: async ({ reportId }, { db, staff }) => {
    const { e164s } = await confirmRemoval(db, { reportId, actor: staff });
    return { notice: 'Report taken down.', invalidate: e164s };
  },
});

/** Confirms a colleague's proposal: the report leaves the public pages at once. */
export async function confirmRemovalAction(formData: FormData): Promise<void> {
  return confirm(formData);
}
