import { z } from 'zod';
import { REJECTION_REASONS, REJECTION_TEMPLATES, type RejectionReason } from '@/db/constants';
import { cleanText, visibleLength } from '../text';

/**
 * A moderator's decision on one report. Approving and rejecting are separate buttons, and
 * rejecting takes its reason in the same step: nothing here ever turns one into the other. A
 * prepared rejection (`template`) is its own button, and brings its reason and note.
 */
export const DECISION_FIELDS = ['reportId', 'decision', 'reason', 'template', 'note', 'publishedText', 'queue'] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];
export type DecisionValues = Partial<Record<DecisionField, string>>;

export const NOTE_MAX = 2_000;
export const PUBLISHED_TEXT_MIN = 20;
export const PUBLISHED_TEXT_MAX = 5_500;

/** `queue`: the query string of the queue the report was opened from ("" for the whole queue). */
export type DecisionInput =
  | { reportId: number; decision: 'approve'; publishedText: string | null; note: string | null; queue: string }
  | { reportId: number; decision: 'reject'; reason: RejectionReason; note: string | null; queue: string };

export const decisionSchema = z.record(z.string(), z.unknown()).transform((raw, ctx): DecisionInput => {
  let problems = 0;
  const fail = (path: DecisionField, message: string) => {
    problems += 1;
    ctx.addIssue({ code: 'custom', path: [path], message });
  };
  const reportId = typeof raw.reportId === 'string' && /^\d{1,15}$/.test(raw.reportId) ? Number(raw.reportId) : null;
  if (!reportId) fail('reportId', 'That report was not understood; open it again from the queue.');

  let note: string | null = null;
  if (typeof raw.note === 'string' && raw.note.trim() !== '') {
    const cleaned = cleanText(raw.note, { multiline: true });
    if (!cleaned.ok) fail('note', cleaned.message);
    else if (visibleLength(cleaned.text) > NOTE_MAX) fail('note', `Keep the note under ${NOTE_MAX.toLocaleString('en')} characters.`);
    else note = cleaned.text;
  }

  const reason = typeof raw.reason === 'string' && raw.reason !== '' ? raw.reason : null;
  const queue = typeof raw.queue === 'string' && raw.queue.length <= 500 ? raw.queue : '';
  if (raw.decision === 'approve') {
    // A reason not to publish next to "Approve" is a slip: say so rather than pick one.
    if (reason) fail('reason', 'You chose a reason not to publish. To publish the report, set the reason back to “Choose a reason”; otherwise press “Reject”.');
    let publishedText: string | null = null;
    if (typeof raw.publishedText === 'string' && raw.publishedText.trim() !== '') {
      const cleaned = cleanText(raw.publishedText, { multiline: true });
      if (!cleaned.ok) fail('publishedText', cleaned.message);
      else if (visibleLength(cleaned.text) < PUBLISHED_TEXT_MIN) fail('publishedText', 'The published text is too short to be useful.');
      else if (visibleLength(cleaned.text) > PUBLISHED_TEXT_MAX) fail('publishedText', `Keep the published text under ${PUBLISHED_TEXT_MAX.toLocaleString('en')} characters.`);
      else publishedText = cleaned.text;
    } else fail('publishedText', 'Enter the text to publish, or reject the report.');
    if (!reportId || problems > 0) return z.NEVER;
    return { reportId, decision: 'approve', publishedText, note, queue };
  }
  const template = REJECTION_TEMPLATES.find((known) => known.key === raw.template);
  if (raw.template !== undefined && raw.template !== '' && raw.decision === undefined) {
    if (!template) fail('decision', 'That prepared reason is not known: choose a reason from the list and press “Reject”.');
    if (!reportId || !template || problems > 0) return z.NEVER;
    return { reportId, decision: 'reject', reason: template.reason, note: note ?? template.note, queue };
  }
  if (raw.decision === 'reject') {
    const rejection = REJECTION_REASONS.find((known) => known === reason);
    if (!rejection) fail('reason', 'Choose why the report is not published.');
    if (!reportId || !rejection || problems > 0) return z.NEVER;
    return { reportId, decision: 'reject', reason: rejection, note, queue };
  }
  fail('decision', 'Press “Approve and publish” or “Reject”.');
  return z.NEVER;
});
