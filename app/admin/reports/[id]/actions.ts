'use server';

import { z } from 'zod';
import { REJECTION_REASONS } from '@/db/constants';
import { confirmRemoval, decideReport, proposeRemoval, undoDecision } from '@/db/queries/moderation';
import { idField } from '@/lib/validation/fields';
import { DECISION_FIELDS, decisionSchema, PUBLISHED_TEXT_MAX, type DecisionField } from '@/lib/validation/decision';
import { staffAction, staffFormAction, type StaffFormState } from '@/server/staff-action';

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
    const notice = approve ? 'Report approved and published.' : 'Report rejected: it will not be published.';
    return { notice, to: `/admin/reports?decided=${input.reportId}`, invalidate: e164s };
  },
});

/** Approves or rejects one report, whichever button was pressed; a problem gives the form back as it was. */
export async function decideReportAction(previous: DecisionState, formData: FormData): Promise<DecisionState> {
  return decide(previous, formData);
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
