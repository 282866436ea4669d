'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { reviewDispute } from '@/db/queries/disputes';
import { isAppError } from '@/lib/errors';
import { requireStaff } from '../guard';
import { revalidateNumberPages } from '../revalidate';

const stepSchema = z.object({
  disputeId: z.coerce.number().int().positive(),
  step: z.enum(['propose', 'confirm', 'reject']),
  note: z.string().max(2_000).optional(),
});

/** One step of a dispute's review. Checks the role itself, like every admin action. */
export async function reviewDisputeAction(formData: FormData): Promise<void> {
  const staff = await requireStaff();
  const parsed = stepSchema.safeParse({ disputeId: formData.get('disputeId'), step: formData.get('step'), note: formData.get('note') ?? undefined });
  if (!parsed.success) redirect(`/admin/disputes?notice=${encodeURIComponent('That request was not understood.')}`);
  let notice: string;
  let refused = false;
  try {
    const { e164 } = await reviewDispute(await getDb(), { ...parsed.data, note: parsed.data.note?.trim() || null, actor: staff });
    if (parsed.data.step === 'confirm') revalidateNumberPages([e164]);
    notice = { propose: 'Proposed: a second member of staff must now confirm.', confirm: 'Upheld: the number’s page now shows the owner’s statement.', reject: 'Statement rejected.' }[parsed.data.step];
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.message;
    refused = true;
  }
  const query = new URLSearchParams({ notice });
  if (refused && parsed.data.note) {
    query.set('for', String(parsed.data.disputeId));
    query.set('note', parsed.data.note);
  }
  redirect(`/admin/disputes?${query.toString()}`);
}
