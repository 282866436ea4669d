import type { ReportField, ReportFormValues } from '@/lib/validation/report';

export interface ReportFormState {
  status: 'idle' | 'invalid' | 'refused';
  /** A message about the whole form: a limit reached, a failed security check. */
  message?: string;
  fieldErrors?: Partial<Record<ReportField, string>>;
  values: ReportFormValues;
  /** The signed token of this form; kept across corrections so a retry stays one report. */
  formToken: string;
  /** Counts submissions, so the proof-of-work widget starts afresh after each one. */
  attempt: number;
}
