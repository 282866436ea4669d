import type { DisputeField } from '@/lib/validation/dispute';
import type { ReportField } from '@/lib/validation/report';

/** What a public form's server action returns when the answers need another look. */
export interface FormState<Field extends string> {
  status: 'idle' | 'invalid' | 'refused';
  /** A message about the whole form: a limit reached, a failed security check. */
  message?: string;
  fieldErrors?: Partial<Record<Field, string>>;
  /** The answers as typed, put back into the form. */
  values: Partial<Record<Field, string>>;
  /** The signed token of this form; kept across corrections so a retry stays one submission. */
  formToken: string;
  /** Counts submissions, so the proof-of-work widget starts afresh after each one. */
  attempt: number;
}

export type ReportFormState = FormState<ReportField>;
export type DisputeFormState = FormState<DisputeField>;
