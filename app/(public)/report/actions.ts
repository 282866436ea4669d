'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { checkReportRateLimit, findReportByToken, pruneSpentChallenges, submitReport } from '@/db/queries/report-submissions';
import { isAppError } from '@/lib/errors';
import { issueFormToken, readFormToken } from '@/lib/form-token';
import { CLIENT_IP_HEADER, hashIp } from '@/lib/ip';
import { checkProofOfWork, POW_LIFETIME_MS } from '@/lib/proof-of-work';
import { RECEIPT_COOKIE, RECEIPT_MAX_AGE_SECONDS, signReceipt } from '@/lib/receipt';
import { createReference } from '@/lib/reference';
import { siteUrl } from '@/lib/site';
import { createReportSchema, echoValues, readReportFormData, reportFieldErrors } from '@/lib/validation/report';
import { resolveRegion } from '../visitor-region';
import type { ReportFormState } from '@/components/report/form-state';

function minimumFillMs(): number {
  const seconds = Number(process.env.REPORT_MIN_FILL_SECONDS ?? 3);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 3000;
}

/** Receives the report form, with or without JavaScript. Expected problems come back as state. */
export async function submitReportAction(previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const raw = readReportFormData(formData);
  const values = echoValues(raw);
  const attempt = previous.attempt + 1;
  const token = readFormToken(formData.get('formToken'));
  if (!token) {
    return {
      status: 'refused',
      message: 'This form could not be checked, perhaps because the page was open a long time. Your answers are still here: please send it again.',
      values,
      formToken: issueFormToken(),
      attempt,
    };
  }
  const formToken = formData.get('formToken') as string;

  // A filled-in hidden field, or a form sent back faster than anyone can read it, is a robot:
  // it is told the report went through, and nothing is stored.
  const honeypot = formData.get('website');
  if ((typeof honeypot === 'string' && honeypot.trim() !== '') || Date.now() - token.issuedAt < minimumFillMs()) {
    redirect(`/report/submitted/${createReference('SR')}`);
  }

  const parsed = createReportSchema(await resolveRegion(undefined)).safeParse(raw);
  if (!parsed.success) {
    return { status: 'invalid', fieldErrors: reportFieldErrors(parsed.error), values, formToken, attempt };
  }

  const db = await getDb();
  const ipHash = hashIp((await headers()).get(CLIENT_IP_HEADER));
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
      return {
        status: 'refused',
        message: 'The automatic anti-spam check did not complete. Please wait a moment and send the form again.',
        values,
        formToken,
        attempt,
      };
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
      return {
        status: 'refused',
        message: 'That anti-spam check was already used. Please send the form again; a new check runs automatically.',
        values,
        formToken,
        attempt,
      };
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
