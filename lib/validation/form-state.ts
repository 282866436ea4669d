import type { DisputeField } from '@/lib/validation/dispute';
import type { ReportField } from '@/lib/validation/report';

/** What a public form's server action returns when the answers need another look. */
/** One answer as it will be stored, shown back for a last look before sending. */
export interface ReviewRow<Field extends string> {
  field: Field;
  label: string;
  value: string;
  /** A second line under the value, such as the text as it will be published. */
  note?: string;
}

export interface FormState<Field extends string> {
  /** `review`: every answer is valid and shown back before sending; `editing`: back from there. */
  status: 'idle' | 'invalid' | 'refused' | 'review' | 'editing';
  /** A message about the whole form: a limit reached, a failed security check. */
  message?: string;
  fieldErrors?: Partial<Record<Field, string>>;
  /** The answers as typed, put back into the form. */
  values: Partial<Record<Field, string>>;
  /** The signed token of this form; kept across corrections so a retry stays one submission. */
  formToken: string;
  /** Counts submissions, so the proof-of-work widget starts afresh after each one. */
  attempt: number;
  /** The answers as they will be stored, for the review step. */
  review?: Array<ReviewRow<Field>>;
  /** The solved anti-spam puzzle, carried through the review step so it is not solved twice. */
  proof?: string;
  /** The field whose "Change" was chosen on the review step, to put the cursor in. */
  change?: Field;
}

export type ReportFormState = FormState<ReportField>;
export type DisputeFormState = FormState<DisputeField>;
