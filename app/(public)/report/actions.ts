'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { pruneSpentChallenges } from '@/db/queries/challenges';
import { checkReportRateLimit, findReportByToken, submitReport } from '@/db/queries/report-submissions';
import { isAppError } from '@/lib/errors';
import { issueFormToken } from '@/lib/form-token';
import { checkProofOfWork, POW_LIFETIME_MS } from '@/lib/proof-of-work';
import { RECEIPT_COOKIE, RECEIPT_MAX_AGE_SECONDS, signReceipt } from '@/lib/receipt';
import { createReference } from '@/lib/reference';
import { siteUrl } from '@/lib/site';
import { createReportSchema, echoValues, readReportFormData, reportFieldErrors } from '@/lib/validation/report';
import { EXPIRED_MESSAGE, POW_FAILED_MESSAGE, POW_REUSED_MESSAGE, screenSubmission } from '../submission-guard';
import { resolveRegion } from '../visitor-region';
import type { ReportFormState } from '@/components/forms/form-state';

/** Receives the report form, with or without JavaScript. Expected problems come back as state. */
export async function submitReportAction(previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const raw = readReportFormData(formData);
  const values = echoValues(raw);
  const attempt = previous.attempt + 1;
  const screening = await screenSubmission(formData);
  if (screening.outcome === 'expired') {
    return { status: 'refused', message: EXPIRED_MESSAGE, values, formToken: issueFormToken(), attempt };
  }
  // A robot is told the report went through, and nothing is stored.
  if (screening.outcome === 'robot') redirect(`/report/submitted/${createReference('SR')}`);
  const { token, rawToken: formToken, ipHash } = screening;

  const parsed = createReportSchema(await resolveRegion(undefined)).safeParse(raw);
  if (!parsed.success) {
    return { status: 'invalid', fieldErrors: reportFieldErrors(parsed.error), values, formToken, attempt };
  }

  const db = await getDb();
  let reference = await findReportByToken(db, token.id);
  if (!reference) {
    const limit = await checkReportRateLimit(db, ipHash);
    if (!limit.allowed) {
      return {
        status: 'refused',
        message:
          limit.window === 'hour'
            ? 'You have sent several reports in the last hour. To keep the site free of abuse, please wait an hour and send this one again; your answers are still here.'
            : 'You have sent many reports today. To keep the site free of abuse, please come back tomorrow; your answers are still here.',
        values,
        formToken,
        attempt,
      };
    }

    const pow = await checkProofOfWork(formData.get('altcha'));
    if (pow.status === 'invalid' || pow.status === 'expired') {
      return { status: 'refused', message: POW_FAILED_MESSAGE, values, formToken, attempt };
    }

    try {
      const submitted = await submitReport(db, {
        input: parsed.data,
        submissionToken: token.id,
        ipHash,
        challengeId: pow.status === 'verified' ? pow.challengeId : null,
      });
      reference = submitted.reference;
    } catch (error) {
      if (!isAppError(error, 'CONFLICT')) throw error;
      return { status: 'refused', message: POW_REUSED_MESSAGE, values, formToken, attempt };
    }
    if (Math.random() < 0.01) await pruneSpentChallenges(db, new Date(Date.now() - 2 * POW_LIFETIME_MS));
  }

  (await cookies()).set(RECEIPT_COOKIE, signReceipt(reference), {
    httpOnly: true,
    sameSite: 'lax',
    secure: siteUrl().protocol === 'https:',
    path: '/report',
    maxAge: RECEIPT_MAX_AGE_SECONDS,
  });
  redirect(`/report/submitted/${reference}`);
}
