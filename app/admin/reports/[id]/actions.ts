'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { DECISION_REASONS } from '@/db/constants';
import { confirmRemoval, decideReport, proposeRemoval } from '@/db/queries/moderation';
import { isAppError } from '@/lib/errors';
import { cleanText } from '@/lib/text';
import { requireStaff } from '../../guard';
import { revalidateNumberPages } from '../../revalidate';

export interface DecisionState {
  message?: string;
}

const decisionSchema = z.object({
  reportId: z.coerce.number().int().positive(),
  decision: z.enum(['approve', 'reject']),
  reason: z.enum(DECISION_REASONS),
  note: z.string().max(2_000).optional(),
  publishedText: z.string().max(5_500).optional(),
});

/** Approve or reject one report. Checks the role itself: an action is a public endpoint. */
export async function decideReportAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const staff = await requireStaff();
  const parsed = decisionSchema.safeParse(Object.fromEntries(['reportId', 'decision', 'reason', 'note', 'publishedText'].map((key) => [key, formData.get(key) ?? undefined])));
  if (!parsed.success) return { message: 'Choose a decision and a reason.' };
  const { reportId, decision, reason, note, publishedText } = parsed.data;
  if (decision === 'reject' && reason === 'approved') return { message: 'Choose why the report is not published.' };
  const text = publishedText ? cleanText(publishedText, { multiline: true }) : null;
  if (text && !text.ok) return { message: text.message };
  if (decision === 'approve' && text && text.text.length < 20) return { message: 'The published text is too short to be useful.' };

  let e164s: string[];
  try {
    ({ e164s } = await decideReport(await getDb(), {
      reportId,
      decision,
      reason: decision === 'approve' ? 'approved' : reason,
      note: note?.trim() ? note.trim() : null,
      publishedText: text?.ok ? text.text : null,
      actor: staff,
    }));
  } catch (error) {
    if (isAppError(error, 'CONFLICT') || isAppError(error, 'NOT_FOUND')) return { message: error.message };
    throw error;
  }
  // Number pages are cached until a decision about them: this one shows on the next request.
  revalidateNumberPages(e164s);
  redirect(`/admin/reports?notice=${encodeURIComponent(decision === 'approve' ? 'Report approved and published.' : 'Report rejected.')}`);
}

const removalSchema = z.object({
  reportId: z.coerce.number().int().positive(),
  reason: z.enum(DECISION_REASONS).exclude(['approved']).optional(),
});

/** Proposes taking down a published report; a second member of staff must confirm. */
export async function proposeRemovalAction(formData: FormData): Promise<void> {
  const staff = await requireStaff();
  const parsed = removalSchema.safeParse({ reportId: formData.get('reportId'), reason: formData.get('reason') ?? undefined });
  if (!parsed.success || !parsed.data.reason) redirect('/admin/reports?notice=Choose%20why%20the%20report%20should%20come%20down.');
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
  const parsed = removalSchema.safeParse({ reportId: formData.get('reportId') });
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
