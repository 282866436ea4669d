import { Feed } from 'feed';
import { CATEGORY_INFO, CHANNEL_LABELS, PAYMENT_METHOD_LABELS, type PaymentMethod } from '@/db/constants';
import type { PublicReport } from '@/db/queries/reports';
import { formatDate } from './format';
import { describeLossBand, lossBand, OPEN_DATA_LICENCE } from './open-data';
import { countryName, formatE164 } from './phone';
import { SITE_NAME } from './site';

export const FEED_SIZE = 50;

export interface ReportsFeedParams {
  title: string;
  /** The feed's own address. */
  self: URL;
  /** The page the feed follows. */
  page: URL;
  reports: PublicReport[];
}

/**
 * An Atom feed of published reports. Each entry is written from the report's fields only (kind,
 * contact, day, loss band): never what the reporter wrote, so that a feed reader, which keeps
 * entries forever, never holds text a moderator may later take down.
 */
export function renderReportsFeed({ title, self, page, reports }: ReportsFeedParams): string {
  const feed = new Feed({
    id: self.toString(),
    title,
    description: 'Scam reports checked and published by moderators. A number shown on caller ID can be faked: a report describes the calls, not the number’s owner.',
    link: page.toString(),
    feedLinks: { atom: self.toString() },
    updated: reports[0]?.publishedAt ?? new Date(0),
    generator: SITE_NAME,
    copyright: `${OPEN_DATA_LICENCE.shortName}, ${SITE_NAME}`,
    language: 'en',
  });
  for (const report of reports) {
    const number = formatE164(report.displayedE164);
    const category = CATEGORY_INFO[report.category].label;
    const link = new URL(`/numbers/${report.displayedE164}`, page).toString();
    const band = lossBand(report.lossAmountMinor, report.lossCurrency);
    const facts = [
      `Kind of scam: ${category}.`,
      `Contact: ${CHANNEL_LABELS[report.channel]} on ${formatDate(report.occurredOn)}, from ${number.international}${number.country ? ` (${countryName(number.country)})` : ''}.`,
      report.callbackE164 ? `Told to call, message or pay: ${formatE164(report.callbackE164).international}.` : null,
      band && report.lossCurrency
        ? `Money lost: ${describeLossBand(band)} ${report.lossCurrency}${report.paymentMethod ? `, by ${paymentLabel(report.paymentMethod)}` : ''}.`
        : 'No money reported lost.',
      `Report ${report.reference}.`,
    ].filter((fact): fact is string => fact !== null);
    feed.addItem({
      id: `${link}#${report.reference}`,
      title: `${category}: ${number.international}`,
      link,
      date: report.publishedAt ?? new Date(report.occurredOn),
      published: report.publishedAt ?? undefined,
      description: facts.join(' '),
      category: [{ term: report.category, name: category }],
    });
  }
  return feed.atom1();
}

/** "UPI" stays as it is; "Bank transfer" reads "bank transfer" mid-sentence. */
function paymentLabel(method: PaymentMethod): string {
  const label = PAYMENT_METHOD_LABELS[method];
  return label === label.toUpperCase() ? label : label.toLowerCase();
}

export function feedResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
