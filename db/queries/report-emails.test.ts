import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { deliverReportEmails, type Mailer } from '@/server/report-mailer';
import { queryRows } from '../client';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createReport, createStaff, type TestStaff } from '../test/factories';
import { decideReport } from './moderation';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port, keeping what it receives; `refuse` makes it turn mail away. */
async function startSmtpServer() {
  const inbox: Received[] = [];
  const control = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      callback(control.refuse ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { inbox, control, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The message's text, unfolded from quoted-printable. */
function bodyOf(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describeEachEngine('emails to reporters', (engine) => {
  const database = useTestDatabase(engine);
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let mailer: Mailer;
  let staff: TestStaff;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    mailer = {
      transport: nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true }),
      from: 'Scam number portal <no-reply@portal.example>',
      site: new URL('https://portal.example'),
    };
    [staff] = (await createStaff(database.db, 1)) as [TestStaff];
  });
  afterAll(async () => smtp.close());
  beforeEach(async () => {
    smtp.inbox.length = 0;
    smtp.control.refuse = false;
    // Earlier tests' reports are handled: each test sees only its own.
    await database.db.execute(sql`UPDATE reports SET reporter_email = NULL`);
  });

  it('sends one receipt with the reference to a reporter who gave an address, and none to one who did not or whose address cannot receive mail', async () => {
    const report = await createReport(database.db, { reporterEmail: 'victim@example.com' });
    await createReport(database.db, { reporterEmail: null });
    await createReport(database.db, { reporterEmail: 'reporter7@demo.invalid' });

    expect(await deliverReportEmails(database.db, mailer)).toEqual({ sent: 1, failed: 0 });
    expect(await deliverReportEmails(database.db, mailer)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.inbox).toHaveLength(1);
    expect(smtp.inbox[0]!.to).toEqual(['victim@example.com']);
    expect(smtp.inbox[0]!.raw).toContain(`Subject: Your report ${report.reference} was received`);
    expect(bodyOf(smtp.inbox[0]!.raw)).toContain(`https://portal.example/report/status?ref=${report.reference}`);
  });

  it('tells the decision only once it can no longer be undone, and never tells a spammer', async () => {
    const approved = await createReport(database.db, { reporterEmail: 'a@example.com' });
    const spam = await createReport(database.db, { reporterEmail: 'b@example.com' });
    await decideReport(database.db, { reportId: approved.id, decision: 'approve', reason: 'approved', note: null, publishedText: null, actor: staff });
    await decideReport(database.db, { reportId: spam.id, decision: 'reject', reason: 'spam', note: null, publishedText: null, actor: staff });
    await deliverReportEmails(database.db, mailer);
    expect(smtp.inbox.map((mail) => mail.raw).filter((raw) => /Subject: .* (is|was not) published/.test(raw))).toEqual([]);

    await database.db.execute(sql`UPDATE reports SET decided_at = now() - interval '11 minutes' WHERE id IN (${approved.id}, ${spam.id})`);
    smtp.inbox.length = 0;
    expect(await deliverReportEmails(database.db, mailer)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.inbox[0]!.to).toEqual(['a@example.com']);
    expect(smtp.inbox[0]!.raw).toContain(`Subject: Your report ${approved.reference} is published`);
    expect(bodyOf(smtp.inbox[0]!.raw)).toContain(`https://portal.example/numbers/${approved.displayedE164}`);
  });

  it('keeps a refused email and sends it on a later try, without the address in the error kept', async () => {
    const report = await createReport(database.db, { reporterEmail: 'later@example.com' });
    smtp.control.refuse = true;
    expect(await deliverReportEmails(database.db, mailer)).toEqual({ sent: 0, failed: 1 });
    const [failed] = await queryRows<{ attempts: number; last_error: string }>(database.db, sql`SELECT attempts, last_error FROM report_emails WHERE report_id = ${report.id}`);
    expect(failed).toMatchObject({ attempts: 1 });
    expect(failed!.last_error).not.toContain('later@example.com');
    // Not before its time comes again.
    expect(await deliverReportEmails(database.db, mailer)).toEqual({ sent: 0, failed: 0 });

    smtp.control.refuse = false;
    await database.db.execute(sql`UPDATE report_emails SET next_attempt_at = now() WHERE report_id = ${report.id}`);
    expect(await deliverReportEmails(database.db, mailer)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.inbox.map((mail) => mail.to[0])).toEqual(['later@example.com']);
  });

  it('sends each email once when two instances send at the same time', async () => {
    await createReport(database.db, { reporterEmail: 'once@example.com' });
    const results = await Promise.all([deliverReportEmails(database.db, mailer), deliverReportEmails(database.db, mailer)]);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(1);
    expect(smtp.inbox).toHaveLength(1);
  });
});
