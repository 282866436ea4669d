import { DECISION_REASON_LABELS } from '@/db/constants';
import type { DueReportEmail } from '@/db/queries/report-emails';
import { formatE164 } from './phone';

export interface EmailMessage {
  subject: string;
  text: string;
}

// One line per paragraph: mail programs wrap them to the reader's screen.
const FOOTER = (site: URL) => [
  '',
  'Remember: the number on your screen proves nothing, because scammers fake it. If someone calls about your bank, hang up and call the number on your card yourself.',
  '',
  `You get this email because you gave this address with your report on ${site.host}. It is never published or shared, and we will not write to you about anything else.`,
];

/**
 * What a reporter is told by email: that the report arrived, with its reference, and later what
 * the moderator decided. Plain text, so that every mail program shows it and no link hides.
 */
export function composeReportEmail(email: Pick<DueReportEmail, 'kind' | 'reference' | 'status' | 'decisionReason' | 'displayedE164'>, site: URL): EmailMessage {
  const number = formatE164(email.displayedE164).international;
  const status = new URL(`/report/status?ref=${email.reference}`, site).href;
  if (email.kind === 'received') {
    return {
      subject: `Your report ${email.reference} was received`,
      text: [
        `Thank you for reporting ${number}.`,
        '',
        `Your reference: ${email.reference}`,
        '',
        `A moderator reads every report before it is published. We will email you again when they have decided. You can also check its status at any time: ${status}`,
        '',
        'If you lost money or shared bank details, call your bank now on the number on your card, and report it officially as well: this site cannot recover money.',
        ...FOOTER(site),
      ].join('\n'),
    };
  }
  if (email.status === 'approved') {
    return {
      subject: `Your report ${email.reference} is published`,
      text: [
        `A moderator has read your report about ${number} and published it, without your personal details.`,
        '',
        `It now warns everyone who looks the number up: ${new URL(`/numbers/${email.displayedE164}`, site).href}`,
        '',
        `Your reference: ${email.reference}`,
        ...FOOTER(site),
      ].join('\n'),
    };
  }
  return {
    subject: `Your report ${email.reference} was not published`,
    text: [
      `A moderator has read your report about ${number} and decided not to publish it.`,
      `Reason: ${email.decisionReason ? DECISION_REASON_LABELS[email.decisionReason] : 'not given'}.`,
      '',
      'It still counts: moderators see every report, and they help us spot numbers that scam many people.',
      `Details: ${status}`,
      ...FOOTER(site),
    ].join('\n'),
  };
}
