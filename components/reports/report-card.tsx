import Link from 'next/link';
import { CATEGORY_INFO, CHANNEL_LABELS, PAYMENT_METHOD_LABELS } from '@/db/constants';
import type { NumberRole, PublicReport } from '@/db/queries/reports';
import { formatDate, formatDaysAgo, formatMoney } from '@/lib/format';
import { formatE164 } from '@/lib/phone';

interface ReportCardProps {
  report: PublicReport;
  /** On a number's page: whether the report gives that number as the one shown or the one to contact. */
  role?: NumberRole;
  /** Show which number the report is about (lists of many numbers); hide it on a number's own page. */
  showNumber?: boolean;
  headingLevel?: 'h2' | 'h3';
}

/** Longer texts than this are cut at four lines, with the rest a tap away. */
const LONG_TEXT = 280;

const ROLE_LABELS: Record<NumberRole, { text: string; className: string }> = {
  displayed: { text: 'Shown on caller ID (may be spoofed)', className: 'bg-slate-100 text-slate-800' },
  callback: { text: 'Victim was told to contact this number', className: 'bg-red-100 text-red-900' },
};

export function ReportCard({ report, role, showNumber = true, headingLevel: Heading = 'h3' }: ReportCardProps) {
  const category = CATEGORY_INFO[report.category];
  return (
    <article className="group rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {role ? (
        <p className={`mb-2 inline-block rounded px-2 py-0.5 text-xs font-semibold ${ROLE_LABELS[role].className}`}>{ROLE_LABELS[role].text}</p>
      ) : null}
      <Heading className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-base font-semibold">
        {showNumber ? (
          <Link href={`/numbers/${report.displayedE164}`} className="font-mono text-lg">
            {formatE164(report.displayedE164).international}
          </Link>
        ) : null}
        <span className="text-slate-800">{category.label}</span>
      </Heading>
      <p className="mt-1 text-sm text-slate-600">
        {CHANNEL_LABELS[report.channel]} ·{' '}
        <time dateTime={report.occurredOn} title={formatDate(report.occurredOn)}>
          {formatDaysAgo(report.occurredOn)}
        </time>
        {report.callerIdName ? (
          <>
            {' '}· Screen showed <q className="font-medium text-slate-800">{report.callerIdName}</q>
          </>
        ) : null}
      </p>
      <p className="mt-2 line-clamp-4 whitespace-pre-line break-words text-slate-800 group-has-[details[open]]:line-clamp-none">{report.description}</p>
      {report.description.length > LONG_TEXT ? (
        // Opens the whole text without JavaScript: the paragraph above unclamps while this is open.
        <details className="mt-1 text-sm">
          <summary className="inline-block cursor-pointer py-1 text-brand-700 underline">
            <span className="group-has-[details[open]]:hidden">Read the whole report</span>
            <span className="hidden group-has-[details[open]]:inline">Show less</span>
          </summary>
        </details>
      ) : null}
      {report.lossAmountMinor && report.lossCurrency ? (
        <p className="mt-2 text-sm font-medium text-red-800">
          Lost {formatMoney(report.lossAmountMinor, report.lossCurrency)}
          {report.paymentMethod ? ` by ${PAYMENT_METHOD_LABELS[report.paymentMethod].toLowerCase()}` : ''}
        </p>
      ) : null}
      {report.callbackE164 && role !== 'callback' ? (
        <p className="mt-2 text-sm text-slate-700">
          Told to call back, message or pay:{' '}
          <Link href={`/numbers/${report.callbackE164}`} className="font-mono">
            {formatE164(report.callbackE164).international}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
