'use server';

import { z } from 'zod';
import { REJECTION_REASONS } from '@/db/constants';
import { decideReport } from '@/db/queries/moderation';
import { isAppError } from '@/lib/errors';
import { idField, optionalChoiceField } from '@/lib/validation/fields';
import { staffAction } from '@/server/staff-action';
import { metrics } from '@/server/metrics';

const bulkSchema = z
  .object({
    ids: z.array(idField()).max(100),
    decision: z.enum(['approve', 'reject']),
    reason: optionalChoiceField(REJECTION_REASONS, 'That reason was not understood; nothing was changed.'),
  })
  .superRefine((bulk, ctx) => {
    const refuse = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (bulk.ids.length === 0) refuse('Select at least one report; nothing was changed.');
    else if (bulk.decision === 'reject' && !bulk.reason) refuse('Choose why the selected reports are not published; nothing was changed.');
    else if (bulk.decision === 'approve' && bulk.reason) {
      refuse('You chose a reason not to publish, then pressed “Approve selected”; nothing was changed. Clear the reason to approve, or press “Reject selected”.');
    }
  });

// Back to the same filtered queue: only ever a queue address, never anywhere else.
const queue = (raw: Record<string, unknown>) =>
  typeof raw.back === 'string' && raw.back.length < 500 && /^\/admin\/reports(\?\S*)?$/.test(raw.back) ? raw.back : '/admin/reports';

const bulk = staffAction({
  fields: ['ids', 'decision', 'reason', 'back'],
  lists: ['ids'],
  schema: bulkSchema,
  back: queue,
  keep: (raw) => ({
    selected: Array.isArray(raw.ids) ? raw.ids.filter((id) => typeof id === 'string' && /^\d{1,15}$/.test(id)).join(',') : '',
    reason: typeof raw.reason === 'string' ? raw.reason : '',
  }),
  run: async ({ ids, decision, reason }, { db, staff }) => {
    let done = 0;
    let skipped = 0;
    const numbers: string[] = [];
    // Each report in its own transaction: one already decided by someone else is skipped.
    for (const reportId of ids) {
      try {
        const { e164s } = await decideReport(db, { reportId, decision, reason: reason ?? 'approved', note: 'bulk decision', publishedText: null, actor: staff });
        numbers.push(...e164s);
        metrics().reportsDecided.inc({ outcome: decision });
        done += 1;
      } catch (error) {
        if (!isAppError(error, 'CONFLICT') && !isAppError(error, 'NOT_FOUND')) throw error;
        skipped += 1;
      }
    }
    return { notice: `${decision === 'approve' ? 'Approved' : 'Rejected'} ${done}${skipped ? `; ${skipped} had already been handled` : ''}.`, invalidate: numbers };
  },
});

/** Approves or rejects the selected reports. A refused request comes back with the same reports and reason selected. */
export async function bulkDecideAction(formData: FormData): Promise<void> {
  return bulk(formData);
}
