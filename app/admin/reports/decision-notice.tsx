import { Notice } from '@/components/ui/notice';
import { undoDecisionAction } from './[id]/actions';

/** The answer to a staff action; after a decision, with the button that takes it back. */
export function DecisionNotice({ notice, decidedId }: { notice: string; decidedId?: string }) {
  return (
    <Notice>
      <p>{notice.slice(0, 200)}</p>
      {decidedId ? (
        <form action={undoDecisionAction}>
          <input type="hidden" name="reportId" value={decidedId} />
          <button type="submit" className="rounded-md border-2 border-slate-800 bg-white px-3 py-1 font-semibold">Undo</button>
        </form>
      ) : null}
    </Notice>
  );
}
