'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { REJECTION_REASONS } from '@/db/constants';
import { confirmRemoval, decideReport, proposeRemoval, undoDecision } from '@/db/queries/moderation';
import { isAppError } from '@/lib/errors';
import { decisionFieldErrors, decisionSchema, echoDecisionValues, readDecisionFormData, type DecisionField, type DecisionValues } from '@/lib/validation/decision';
import { requireStaff } from '../../guard';
import { revalidateNumberPages } from '../../revalidate';

export interface DecisionState {
  message?: string;
  fieldErrors?: Partial<Record<DecisionField, string>>;
  /** Exactly what the moderator sent, put back into the form after any problem. */
  values?: DecisionValues;
  /** Counts answers, so that the form takes the echoed values afresh after each one. */
  attempt: number;
}

/**
 * Approves or rejects one report, whichever button was pressed; a problem sends back every value
 * as it was. Checks the role itself: an action is a public endpoint.
 */
export async function decideReportAction(previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const staff = await requireStaff();
  const raw = readDecisionFormData(formData);
  const values = echoDecisionValues(raw);
  const attempt = previous.attempt + 1;
  const parsed = decisionSchema.safeParse(raw);
  if (!parsed.success) return { message: 'Nothing was saved. Please check the decision below.', fieldErrors: decisionFieldErrors(parsed.error), values, attempt };
  const input = parsed.data;

  let decided: { e164s: string[] };
  try {
    decided = await decideReport(await getDb(), {
      reportId: input.reportId,
      decision: input.decision,
      reason: input.decision === 'approve' ? 'approved' : input.reason,
      note: input.note,
      publishedText: input.decision === 'approve' ? input.publishedText : null,
      actor: staff,
    });
  } catch (error) {
    if (isAppError(error, 'CONFLICT') || isAppError(error, 'NOT_FOUND')) return { message: error.message, values, attempt };
    throw error;
  }
  // Number pages are cached until a decision about them: this one shows on the next request.
  revalidateNumberPages(decided.e164s);
  const notice = input.decision === 'approve' ? 'Report approved and published.' : 'Report rejected: it will not be published.';
  redirect(`/admin/reports?notice=${encodeURIComponent(notice)}&decided=${input.reportId}`);
}

const reportIdSchema = z.object({ reportId: z.coerce.number().int().positive() });

/** Takes back the signed-in moderator's own decision within the undo window. */
export async function undoDecisionAction(formData: FormData): Promise<void> {
  const staff = await requireStaff();
  const parsed = reportIdSchema.safeParse({ reportId: formData.get('reportId') });
  if (!parsed.success) redirect(`/admin/reports?notice=${encodeURIComponent('That request was not understood.')}`);
  let notice: string;
  try {
    const { e164s, reference } = await undoDecision(await getDb(), { reportId: parsed.data.reportId, actor: staff });
    revalidateNumberPages(e164s);
    notice = `Decision undone: ${reference} is waiting for a decision again.`;
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.message;
  }
  redirect(`/admin/reports/${parsed.data.reportId}?notice=${encodeURIComponent(notice)}`);
}

const removalSchema = z.object({
  reportId: z.coerce.number().int().positive(),
  reason: z.enum(REJECTION_REASONS).optional(),
});

/** Proposes taking down a published report; a second member of staff must confirm. */
export async function proposeRemovalAction(formData: FormData): Promise<void> {
  const staff = await requireStaff();
  const reason = formData.get('reason');
  const parsed = removalSchema.safeParse({ reportId: formData.get('reportId'), reason: reason === '' || reason === null ? undefined : reason });
  if (!parsed.success) redirect(`/admin/reports?notice=${encodeURIComponent('That request was not understood.')}`);
  if (!parsed.data.reason) redirect(`/admin/reports/${parsed.data.reportId}?notice=${encodeURIComponent('Choose why the report should come down.')}`);
  let notice = 'Removal proposed: a second member of staff must confirm it.';
  try {
    await proposeRemoval(await getDb(), { reportId: parsed.data.reportId, reason: parsed.data.reason, actor: staff });
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.message;
  }
  redirect(`/admin/reports/${parsed.data.reportId}?notice=${encodeURIComponent(notice)}`);
}

/** Confirms a colleague's proposal: the report leaves the public pages at once. */
export async function confirmRemovalAction(formData: FormData): Promise<void> {
  const staff = await requireStaff();
  const parsed = reportIdSchema.safeParse({ reportId: formData.get('reportId') });
  if (!parsed.success) redirect('/admin/reports');
  let notice = 'Report taken down.';
  try {
    const { e164s } = await confirmRemoval(await getDb(), { reportId: parsed.data.reportId, actor: staff });
    revalidateNumberPages(e164s);
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.message;
  }
  redirect(`/admin/reports/${parsed.data.reportId}?notice=${encodeURIComponent(notice)}`);
}
