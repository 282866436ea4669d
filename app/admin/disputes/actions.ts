'use server';

import { z } from 'zod';
import { reviewDispute } from '@/db/queries/disputes';
import { idField, optionalText } from '@/lib/validation/fields';
import { staffAction } from '@/server/staff-action';

const NOTICES = {
  propose: 'Proposed: a second member of staff must now confirm.',
  confirm: 'Upheld: the number’s page now shows the owner’s statement.',
  reject: 'Statement rejected.',
} as const;

const review = staffAction({
  fields: ['disputeId', 'step', 'note'],
  schema: z.object({ disputeId: idField(), step: z.enum(['propose', 'confirm', 'reject']), note: optionalText('The note', 2_000) }),
  back: () => '/admin/disputes',
  // After a refused step, the note typed for that statement comes back.
  keep: (raw): Record<string, string> =>
    typeof raw.note === 'string' && raw.note && typeof raw.disputeId === 'string' ? { for: raw.disputeId, note: raw.note.slice(0, 2_000) } : {},
  run: async (input, { db, staff }) => {
    const { e164 } = await reviewDispute(db, { ...input, actor: staff });
    return { notice: NOTICES[input.step], invalidate: input.step === 'confirm' ? [e164] : [] };
  },
});

/** One step of a dispute's review. */
export async function reviewDisputeAction(formData: FormData): Promise<void> {
  return review(formData);
}
