'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { DECISION_REASONS } from '@/db/constants';
import { decideReport } from '@/db/queries/moderation';
import { isAppError } from '@/lib/errors';
import { requireStaff } from '../guard';
import { revalidateNumberPages } from '../revalidate';

const bulkSchema = z.object({
  ids: z.array(z.coerce.number().int().positive()).min(1).max(100),
  decision: z.enum(['approve', 'reject']),
  reason: z.enum(DECISION_REASONS),
});

/** Approves or rejects the selected reports, each in its own transaction. Checks the role itself. */
export async function bulkDecideAction(formData: FormData): Promise<void> {
  const staff = await requireStaff();
  const parsed = bulkSchema.safeParse({
    ids: formData.getAll('ids'),
    decision: formData.get('decision'),
    reason: formData.get('reason') ?? 'approved',
  });
  // Back to the same filtered queue: only ever a queue address, never anywhere else.
  const rawBack = formData.get('back');
  const back = typeof rawBack === 'string' && rawBack.length < 500 && /^\/admin\/reports(\?\S*)?$/.test(rawBack) ? rawBack : '/admin/reports';
  const withNotice = (notice: string) => `${back}${back.includes('?') ? '&' : '?'}notice=${encodeURIComponent(notice)}`;
  if (!parsed.success) redirect(withNotice('Select at least one report, and a reason to reject.'));
  const { ids, decision, reason } = parsed.data;
  if (decision === 'reject' && reason === 'approved') redirect(withNotice('Choose why the selected reports are not published.'));

  const db = await getDb();
  let done = 0;
  let skipped = 0;
  const numbers = new Set<string>();
  for (const reportId of ids) {
    try {
      const { e164s } = await decideReport(db, { reportId, decision, reason: decision === 'approve' ? 'approved' : reason, note: 'bulk decision', publishedText: null, actor: staff });
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
