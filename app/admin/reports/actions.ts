'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { REJECTION_REASONS } from '@/db/constants';
import { decideReport } from '@/db/queries/moderation';
import { isAppError } from '@/lib/errors';
import { requireStaff } from '../guard';
import { revalidateNumberPages } from '../revalidate';

const bulkSchema = z.object({
  ids: z.array(z.coerce.number().int().positive()).max(100),
  decision: z.enum(['approve', 'reject']),
  reason: z.enum(REJECTION_REASONS).nullable(),
});

/**
 * Approves or rejects the selected reports, each in its own transaction. A refused request
 * changes nothing and comes back with the same reports and reason selected. Checks the role itself.
 */
export async function bulkDecideAction(formData: FormData): Promise<void> {
  const staff = await requireStaff();
  const rawReason = formData.get('reason');
  const parsed = bulkSchema.safeParse({
    ids: formData.getAll('ids'),
    decision: formData.get('decision'),
    reason: rawReason === '' || rawReason === null ? null : rawReason,
  });
  // Back to the same filtered queue: only ever a queue address, never anywhere else.
  const rawBack = formData.get('back');
  const back = typeof rawBack === 'string' && rawBack.length < 500 && /^\/admin\/reports(\?\S*)?$/.test(rawBack) ? rawBack : '/admin/reports';
  const withNotice = (notice: string, keep?: { ids: number[]; reason: string | null }) => {
    const query = new URLSearchParams({ notice });
    if (keep?.ids.length) query.set('selected', keep.ids.join(','));
    if (keep?.reason) query.set('reason', keep.reason);
    return `${back}${back.includes('?') ? '&' : '?'}${query.toString()}`;
  };
  if (!parsed.success) redirect(withNotice('That request was not understood; nothing was changed.'));
  const { ids, decision, reason } = parsed.data;
  if (ids.length === 0) redirect(withNotice('Select at least one report; nothing was changed.', { ids, reason }));
  const decisionReason = decision === 'approve' ? 'approved' : reason;
  if (!decisionReason) redirect(withNotice('Choose why the selected reports are not published; nothing was changed.', { ids, reason }));
  if (decision === 'approve' && reason) {
    redirect(withNotice('You chose a reason not to publish, then pressed “Approve selected”; nothing was changed. Clear the reason to approve, or press “Reject selected”.', { ids, reason }));
  }

  const db = await getDb();
  let done = 0;
  let skipped = 0;
  const numbers = new Set<string>();
  for (const reportId of ids) {
    try {
      const { e164s } = await decideReport(db, { reportId, decision, reason: decisionReason, note: 'bulk decision', publishedText: null, actor: staff });
      e164s.forEach((e164) => numbers.add(e164));
      done += 1;
    } catch (error) {
      if (!isAppError(error, 'CONFLICT') && !isAppError(error, 'NOT_FOUND')) throw error;
      skipped += 1;
    }
  }
  revalidateNumberPages(numbers);
  redirect(withNotice(`${decision === 'approve' ? 'Approved' : 'Rejected'} ${done}${skipped ? `; ${skipped} had already been handled` : ''}.`));
}
