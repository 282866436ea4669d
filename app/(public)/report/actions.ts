'use server';

import { cookies } from 'next/headers';
import { after } from 'next/server';
import { getDb } from '@/db/client';
import { submitReport } from '@/db/queries/report-submissions';
import { RECEIPT_COOKIE, RECEIPT_MAX_AGE_SECONDS, signReceipt } from '@/lib/receipt';
import { reviewReport } from '@/lib/report-review';
import { settings } from '@/lib/settings';
import { siteUrl } from '@/lib/site';
import type { ReportFormState } from '@/lib/validation/form-state';
import { createReportSchema, DESCRIPTION_MAX, REPORT_FIELDS } from '@/lib/validation/report';
import { publicSubmission } from '@/server/public-submission';
import { deliverReportEmailsNow } from '@/server/report-mailer';

const submit = publicSubmission({
  fields: REPORT_FIELDS,
  schema: (region) => createReportSchema(region),
  store: async (db, submission) => (await submitReport(db, submission)).reference,
  rateLimit: (window) =>
    window === 'hour'
      ? 'You have sent several reports in the last hour. To keep the site free of abuse, please wait an hour and send this one again; your answers are still here.'
      : 'You have sent many reports today. To keep the site free of abuse, please come back tomorrow; your answers are still here.',
  redirectTo: (reference) => `/report/submitted/${reference}`,
  referencePrefix: 'SR',
  // Only the browser that sent the report sees its contents on the confirmation page; the
  // emailed receipt goes out once the reporter has their page.
  afterStore: async (reference) => {
    (await cookies()).set(RECEIPT_COOKIE, signReceipt(reference), { httpOnly: true, sameSite: 'lax', secure: siteUrl().protocol === 'https:', path: '/report', maxAge: RECEIPT_MAX_AGE_SECONDS });
    after(async () => deliverReportEmailsNow(await getDb()));
  },
  echoLimit: DESCRIPTION_MAX * 4,
  review: (input) => reviewReport(input, { mailEnabled: settings().mail !== null }),
});

/** Receives the report form, with or without JavaScript. */
export async function submitReportAction(previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  return submit(previous, formData);
}
