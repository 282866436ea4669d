import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CopyText } from '@/components/report/copy-text';
import { OfficialChannels } from '@/components/report/official-channels';
import { getDb } from '@/db/client';
import { CATEGORY_INFO, CHANNEL_LABELS, PAYMENT_METHOD_LABELS } from '@/db/constants';
import { getReportReceipt } from '@/db/queries/report-submissions';
import { formatDate, formatMoney } from '@/lib/format';
import { officialChannelsFor } from '@/lib/official-channels';
import { formatE164 } from '@/lib/phone';
import { RECEIPT_COOKIE, receiptMatches } from '@/lib/receipt';
import { normalizeReference } from '@/lib/reference';
import { resolveRegion } from '@/server/visitor-region';

export const metadata: Metadata = { title: 'Report received', robots: { index: false } };

type Receipt = NonNullable<Awaited<ReturnType<typeof getReportReceipt>>>;

function summaryText(receipt: Receipt): string {
  const lines = [
    `Scam report ${receipt.reference}`,
    `Number that contacted me: ${formatE164(receipt.displayedE164).international}`,
    receipt.callbackE164 ? `Number I was told to call back, message or pay: ${formatE164(receipt.callbackE164).international}` : null,
    receipt.callerIdName ? `My screen showed: ${receipt.callerIdName}` : null,
    `How: ${CHANNEL_LABELS[receipt.channel]}`,
    `When: ${formatDate(receipt.occurredOn)}${receipt.occurredTime ? ` at ${receipt.occurredTime.slice(0, 5)}` : ''}`,
    `Kind of scam: ${CATEGORY_INFO[receipt.category].label}`,
    receipt.lossAmountMinor && receipt.lossCurrency
      ? `Money lost: ${formatMoney(receipt.lossAmountMinor, receipt.lossCurrency)}${receipt.paymentMethod ? ` by ${PAYMENT_METHOD_LABELS[receipt.paymentMethod].toLowerCase()}` : ''}`
      : 'Money lost: none',
    '',
    'What happened:',
    receipt.description,
  ];
  return lines.filter((line) => line !== null).join('\n');
}

export default async function ReportSubmittedPage({ params }: { params: Promise<{ reference: string }> }) {
  const reference = normalizeReference((await params).reference);
  if (!reference) notFound();

  const ownReceipt = receiptMatches((await cookies()).get(RECEIPT_COOKIE)?.value, reference);
  const receipt = ownReceipt ? await getReportReceipt(await getDb(), reference) : null;
  // The channels of where the reporter said they live; someone else with the reference gets their own region's.
  const channels = receipt
    ? officialChannelsFor(receipt.reporterCountry, { channel: receipt.channel, lost: receipt.lossAmountMinor !== null })
    : officialChannelsFor(await resolveRegion(undefined));

  return (
    <div className="max-w-3xl space-y-8">
      <section aria-labelledby="thanks-heading" className="space-y-3 rounded-xl border-2 border-emerald-600 bg-emerald-50 p-5">
        <h1 id="thanks-heading" className="text-3xl font-bold">Thank you: your report was received</h1>
        <p className="text-lg">
          Your reference is <strong className="font-mono text-2xl">{reference}</strong>. Keep it to check what happens to your report.
        </p>
      </section>

      <OfficialChannels channels={channels} headingId="official-heading" />
      <p className="rounded-md bg-brand-50 p-4 ring-1 ring-brand-100">
        Lost money or shared details? Read <Link href="/guides/already-paid-what-now">what to do if you already paid</Link>, including how
        to spot the &ldquo;recovery&rdquo; scams that often follow.
      </p>

      <section aria-labelledby="next-heading" className="space-y-2">
        <h2 id="next-heading" className="text-xl font-bold">What happens next</h2>
        <ol className="list-decimal space-y-1 pl-5 text-slate-800">
          <li>A moderator reads your report, usually within a few days, and removes any personal details that slipped in.</li>
          <li>If it is published, it appears on the number’s page to warn others. Your name and email never do.</li>
          <li>
            You can <Link href={`/report/status?ref=${reference}`}>check its status</Link> at any time with your reference.
          </li>
        </ol>
      </section>

      {receipt ? (
        <section aria-labelledby="summary-heading" className="space-y-3">
          <h2 id="summary-heading" className="text-xl font-bold">Your report</h2>
          <p className="text-slate-700">Copy this summary into an official complaint or an email to your bank, so you do not have to type it again.</p>
          <CopyText id="report-summary" label="Summary of your report" text={summaryText(receipt)} />
        </section>
      ) : null}
    </div>
  );
}
