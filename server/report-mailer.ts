import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '@/db/client';
import { claimDueReportEmails, markReportEmailFailed, markReportEmailSent } from '@/db/queries/report-emails';
import { composeReportEmail } from '@/lib/report-emails';
import { settings } from '@/lib/settings';
import { siteUrl } from '@/lib/site';
import { errorFields, logger } from '@/lib/logger';

export interface Mailer {
  transport: Pick<Transporter, 'sendMail'>;
  from: string;
  site: URL;
}

const MAILER_KEY = Symbol.for('scam-number-portal.mailer');
type GlobalWithMailer = typeof globalThis & { [MAILER_KEY]?: Mailer | null };

/** The site's mailer, from SMTP_URL; null when the site sends no email. */
export function siteMailer(): Mailer | null {
  const global = globalThis as GlobalWithMailer;
  if (global[MAILER_KEY] === undefined) {
    const mail = settings().mail;
    global[MAILER_KEY] = mail ? { transport: nodemailer.createTransport(mail.smtpUrl), from: mail.from, site: siteUrl() } : null;
  }
  return global[MAILER_KEY];
}

/**
 * Sends the receipts and decisions that are due, a batch at a time. A failure is recorded and
 * tried again later; it never reaches the reporter's page or the moderator's decision.
 */
const BATCH = 20;

export async function deliverReportEmails(db: Db, mailer: Mailer, { limit = BATCH }: { limit?: number } = {}): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const due of await claimDueReportEmails(db, { limit })) {
    const message = composeReportEmail(due, mailer.site);
    try {
      await mailer.transport.sendMail({ from: mailer.from, to: due.email, subject: message.subject, text: message.text });
      await markReportEmailSent(db, due);
      sent += 1;
    } catch (error) {
      // The reason, not the address: it must not end up in a log.
      const reason = error instanceof Error ? error.message.replaceAll(due.email, '<reporter>') : 'unknown error';
      await markReportEmailFailed(db, { ...due, error: reason });
      failed += 1;
    }
  }
  return { sent, failed };
}

/** Sends what is due now, in the background: a receipt should arrive while the reporter waits. */
export async function deliverReportEmailsNow(db: Db): Promise<void> {
  const mailer = siteMailer();
  if (!mailer) return;
  try {
    // Batch after batch while full ones come back, within reason: the rest waits a minute.
    for (let batch = 0; batch < 10; batch += 1) {
      const { sent, failed } = await deliverReportEmails(db, mailer);
      if (sent + failed < BATCH) break;
    }
  } catch (error) {
    logger().error(errorFields(error), 'sending reporters’ emails failed; the next try is within a minute');
  }
}

/** Every minute, sends the emails that are due: decisions once they can no longer be undone, and retries. */
export function scheduleReportEmails(db: Db): () => void {
  if (!siteMailer()) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void deliverReportEmailsNow(db).finally(() => {
      running = false;
    });
  }, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
