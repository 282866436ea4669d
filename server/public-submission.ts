import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { getDb, type Db } from '@/db/client';
import { pruneSpentChallenges } from '@/db/queries/challenges';
import { isAppError, RateLimitError } from '@/lib/errors';
import { issueFormToken, readFormToken } from '@/lib/form-token';
import type { CountryCode } from '@/lib/phone';
import { checkProofOfWork, POW_LIFETIME_MS } from '@/lib/proof-of-work';
import { createReference } from '@/lib/reference';
import { echoFields, firstErrors, readFields } from '@/lib/validation/form';
import type { FormState, ReviewRow } from '@/lib/validation/form-state';
import { screenSubmission } from './submission-guard';
import { resolveRegion } from './visitor-region';
import { metrics } from './metrics';

export const EXPIRED_MESSAGE =
  'This form could not be checked, perhaps because the page was open a long time. Your answers are still here: please send it again.';
export const POW_FAILED_MESSAGE = 'The automatic anti-spam check did not complete. Please wait a moment and send the form again.';
export const TOO_FAST_MESSAGE = 'That was quicker than we expect a person to fill in this form. Please wait a moment and send it again; your answers are still here.';
export const POW_REUSED_MESSAGE = 'That anti-spam check was already used. Please send the form again; a new check runs automatically.';

export interface Submission<Input> {
  input: Input;
  /** The form token's id: the storing transaction finds an earlier submission of the same form by it. */
  submissionToken: string;
  ipHash: string | null;
  challengeId: string | null;
}

export interface PublicSubmissionOptions<Field extends string, Input> {
  /** The form's fields: only these are read and echoed back. */
  fields: readonly Field[];
  /** What a valid submission is; numbers typed without a country code are read in `region`. */
  schema: (region: CountryCode) => z.ZodType<Input>;
  /** Stores it, or finds the earlier submission of the same form, in one transaction; returns its reference. */
  store: (db: Db, submission: Submission<Input>) => Promise<string>;
  /** What to say when the address has sent as many as the window allows. */
  rateLimit: (window: 'hour' | 'day') => string;
  /** Where a stored submission's sender goes next. */
  redirectTo: (reference: string) => string;
  /** The prefix of this kind of reference, for the pretend one a robot is given. */
  referencePrefix: 'SR' | 'SD';
  /** Runs after storing, before the redirect: a receipt cookie, for example. */
  afterStore?: (reference: string) => Promise<void>;
  /** Largest echo of one field, in characters. */
  echoLimit: number;
  /**
   * The answers as they will be stored, shown back for a last look (GOV.UK's "check your
   * answers"); without it, a valid form is stored at once.
   */
  review?: (input: Input) => Array<ReviewRow<Field>>;
}

/** What the pressed button asks for: the review step's "Send" and "Change", or checking the answers. */
function readIntent<Field extends string>(formData: FormData, fields: readonly Field[]): { kind: 'send' } | { kind: 'check' } | { kind: 'change'; field?: Field } {
  const intent = formData.get('intent');
  if (intent === 'send') return { kind: 'send' };
  if (typeof intent === 'string' && intent.startsWith('change')) {
    const field = intent.slice('change:'.length);
    return { kind: 'change', field: fields.find((known) => known === field) };
  }
  return { kind: 'check' };
}

/**
 * Every public form's pipeline, with or without JavaScript: screening (form token, honeypot,
 * fill time), validation, the review step when the form has one, the proof of work, then one
 * storing transaction that checks the token, the address's limit and the challenge. Expected
 * problems come back as form state with the answers as typed; a stored submission redirects.
 */
export function publicSubmission<Field extends string, Input>(options: PublicSubmissionOptions<Field, Input>) {
  return async function submit(previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
    const raw = readFields(formData, options.fields);
    const values = echoFields(raw, options.fields, options.echoLimit);
    const attempt = previous.attempt + 1;
    const intent = options.review ? readIntent(formData, options.fields) : ({ kind: 'send' } as const);
    const altcha = formData.get('altcha');
    const proof = typeof altcha === 'string' && altcha !== '' && altcha.length <= 10_000 ? altcha : undefined;
    if (intent.kind === 'change') {
      const given = formData.get('formToken');
      const formToken = typeof given === 'string' && readFormToken(given) ? given : issueFormToken();
      return { status: 'editing', values, formToken, attempt, proof, change: intent.field };
    }
    const screening = await screenSubmission(formData);
    if (screening.outcome === 'expired') return { status: 'refused', message: EXPIRED_MESSAGE, values, formToken: issueFormToken(), attempt };
    // No pretend reference for a quick person: it would be one the status page does not know.
    if (screening.outcome !== 'person') metrics().refusals.inc({ reason: screening.outcome });
    if (screening.outcome === 'too_fast') return { status: 'refused', message: TOO_FAST_MESSAGE, values, formToken: screening.rawToken, attempt };
    // A robot is told its submission went through, and nothing is stored.
    if (screening.outcome === 'robot') redirect(options.redirectTo(createReference(options.referencePrefix)));
    const { token, rawToken: formToken, ipHash } = screening;
    const refused = (message: string): FormState<Field> => ({ status: 'refused', message, values, formToken, attempt });

    const parsed = options.schema(await resolveRegion(undefined)).safeParse(raw);
    if (!parsed.success) return { status: 'invalid', fieldErrors: firstErrors<Field>(parsed.error), values, formToken, attempt, proof };
    if (options.review && intent.kind === 'check') return { status: 'review', review: options.review(parsed.data), values, formToken, attempt, proof };

    const pow = await checkProofOfWork(altcha);
    if (pow.status === 'invalid' || pow.status === 'expired') {
      metrics().refusals.inc({ reason: 'proof_of_work' });
      return refused(POW_FAILED_MESSAGE);
    }

    const db = await getDb();
    let reference: string;
    try {
      reference = await options.store(db, { input: parsed.data, submissionToken: token.id, ipHash, challengeId: pow.status === 'verified' ? pow.challengeId : null });
    } catch (error) {
      if (error instanceof RateLimitError) {
        metrics().refusals.inc({ reason: 'report_rate_limit' });
        return refused(options.rateLimit(error.window));
      }
      if (isAppError(error, 'CONFLICT')) return refused(POW_REUSED_MESSAGE);
      throw error;
    }
    if (Math.random() < 0.01) await pruneSpentChallenges(db, new Date(Date.now() - 2 * POW_LIFETIME_MS));
    metrics().reportsReceived.inc({ form: options.referencePrefix });
    await options.afterStore?.(reference);
    redirect(options.redirectTo(reference));
  };
}
