import Link from 'next/link';
import { GuideList } from '@/components/guides/guide-list';
import { Breakdown } from '@/components/numbers/breakdown';
import { NumberReports } from '@/components/numbers/number-reports';
import { OfficialComplaints } from '@/components/numbers/official-complaints';
import { Verdict } from '@/components/numbers/verdict';
import { CATEGORY_INFO, CHANNEL_LABELS, LINE_TYPE_LABELS } from '@/db/constants';
import { CATEGORY_ADVICE } from '@/lib/advice';
import { formatDate, formatMoney, pluralize } from '@/lib/format';
import { guidesForCategories } from '@/lib/guides';
import { countryName } from '@/lib/phone';
import { spoofedLineNote, spoofingEmphasis } from '@/lib/risk';
import { REPORTS_PER_PAGE, type NumberPage } from '@/server/numbers';

/** The class of the element that holds a number page's content (the template's too). */
export const NUMBER_PAGE_CLASS = 'space-y-6 sm:space-y-8';

/**
 * What a number's page says about it: everything inside the page's main element. It needs no
 * browser code, so the server can render it on its own into the page's template
 * (`lib/page-template.ts`) as well as Next.js can render it in the page.
 */
export function NumberPageContent({ page }: { page: NumberPage }) {
  const { phone, summary, verdict, breakdown, ownerStatement, official, verified, reports } = page;
  const count = summary?.reportCount ?? 0;
  const emphasis = spoofingEmphasis(verdict);
  const lineNote = spoofedLineNote(phone.lineType);
  const reportHref = `/report?number=${encodeURIComponent(phone.e164)}`;

  return (
    <>
      <header>
        <h1 className="font-mono text-2xl font-bold sm:text-4xl">{phone.international}</h1>
        <p className="mt-1 text-sm text-slate-700 sm:text-base">
          {countryName(phone.country)} · {LINE_TYPE_LABELS[phone.lineType]} · within the country, dial <span className="font-mono">{phone.national}</span>
        </p>
      </header>

      <Verdict verdict={verdict} source={verified ? { organisation: verified.organisation, url: verified.sourceUrl } : null} />

      <aside
        aria-labelledby="caveat-heading"
        className={`rounded-lg border-l-4 p-4 ${emphasis === 'strong' ? 'border-amber-500 bg-amber-50' : 'border-slate-400 bg-slate-100'}`}
      >
        <h2 id="caveat-heading" className="font-semibold">Caller ID proves nothing</h2>
        <p className="mt-1 text-slate-800">
          {verdict.evidence === 'verified'
            ? `Anyone can make ${verified?.organisation ?? 'an organisation'}’s number appear on your screen. The only safe way to reach ${verified?.organisation ?? 'them'} is to call them yourself, on a number you looked up.`
            : count === 0
              ? 'Scammers can make any number appear on your screen, including your bank’s or a relative’s. Judge the call by what the caller asks for, not by the number.'
              : emphasis === 'strong'
                ? 'The reports here are about calls that showed this number. Scammers can fake the number on your screen, so its real owner may have nothing to do with these calls. Do not call it to complain, and judge any call by what is asked of you.'
                : 'These reports describe calls and messages that showed or named this number. A number victims were told to call back, message or pay is run by the scammers; a number shown on caller ID may have been faked.'}
          {lineNote ? ` ${lineNote}` : ''}
          {phone.lineType === 'voip' ? ' This is an internet (VoIP) number: these are easy to obtain in bulk and to discard.' : ''}
        </p>
      </aside>

      <section aria-labelledby="next-heading" className="rounded-lg bg-brand-50 p-5 ring-1 ring-brand-100">
        <h2 id="next-heading" className="text-xl font-bold">What to do now</h2>
        <ol className="mt-3 list-decimal space-y-1 pl-5 text-slate-800">
          {verdict.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="mt-4">
          <Link href={reportHref} className="inline-block rounded-md bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800">
            {verified ? 'Report a call that showed this number' : 'Report this number'}
          </Link>
          {count === 0 && !verified ? <span className="ml-3 text-slate-700">Were you contacted by it? Your report helps the next person.</span> : null}
        </p>
      </section>

      {ownerStatement ? (
        <aside aria-labelledby="owner-statement-heading" className="rounded-lg border-l-4 border-emerald-600 bg-emerald-50 p-4">
          <h2 id="owner-statement-heading" className="font-semibold">The owner’s statement</h2>
          <p className="mt-1 text-sm text-slate-600">Reviewed and accepted by two members of our staff{ownerStatement.decidedAt ? ` on ${formatDate(ownerStatement.decidedAt)}` : ''}.</p>
          <blockquote className="mt-2 whitespace-pre-line break-words border-l-2 border-emerald-300 pl-3 text-slate-900">{ownerStatement.statement}</blockquote>
        </aside>
      ) : null}

      <OfficialComplaints summaries={official} />

      {summary && breakdown ? (
        <>
          <section aria-labelledby="roles-heading" className="space-y-3">
            <h2 id="roles-heading" className="text-xl font-bold">How this number appears in reports</h2>
            <dl className="grid gap-3 sm:grid-cols-2">
              <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
                <dt className="text-sm text-slate-600">Shown on the victim’s screen</dt>
                <dd className="text-2xl font-bold">{summary.displayedCount.toLocaleString('en')}</dd>
                <dd className="text-sm text-slate-600">{verified ? `faked: not from ${verified.organisation}` : 'may have been spoofed'}</dd>
              </div>
              <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
                <dt className="text-sm text-slate-600">Victims were told to call, message or pay it</dt>
                <dd className="text-2xl font-bold">{summary.callbackCount.toLocaleString('en')}</dd>
                <dd className="text-sm text-slate-600">{verified ? `${verified.organisation}’s real number, named to sound genuine` : 'controlled by the scammer'}</dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="breakdown-heading" className="space-y-4">
            <h2 id="breakdown-heading" className="text-xl font-bold">What people reported</h2>
            <div className="grid gap-6 md:grid-cols-2">
              <Breakdown
                id="by-category"
                title={verified ? 'By what the caller wanted' : 'By kind of scam'}
                items={breakdown.byCategory.map((c) => ({ key: c.category, label: CATEGORY_INFO[c.category].label, count: c.count }))}
              />
              <Breakdown
                id="by-channel"
                title="By how they made contact"
                items={breakdown.byChannel.map((c) => ({ key: c.channel, label: CHANNEL_LABELS[c.channel], count: c.count }))}
              />
            </div>
            {breakdown.losses.length > 0 ? (
              <p className="text-slate-800">
                <strong>Money reported lost:</strong>{' '}
                {breakdown.losses.map((loss) => `${formatMoney(loss.totalMinor, loss.currency)} (${pluralize(loss.count, 'report')})`).join(', ')}.
              </p>
            ) : null}
          </section>

          {verified ? null : (
            <section aria-labelledby="advice-heading" className="space-y-3">
              <h2 id="advice-heading" className="text-xl font-bold">Advice for these scams</h2>
              <ul className="space-y-2">
                {breakdown.byCategory.slice(0, 3).map(({ category }) => (
                  <li key={category} className="rounded-md bg-white p-3 ring-1 ring-slate-200">
                    <strong>{CATEGORY_INFO[category].label}:</strong> {CATEGORY_ADVICE[category]}
                  </li>
                ))}
              </ul>
              <h3 className="text-lg font-semibold">Guides</h3>
              <GuideList guides={guidesForCategories(breakdown.byCategory.map((c) => c.category))} headingLevel="h3" />
            </section>
          )}

          <section aria-labelledby="reports-heading" className="space-y-4">
            <h2 id="reports-heading" className="text-xl font-bold">{verified ? 'Reports of calls that showed this number, newest first' : 'Reports, newest first'}</h2>
            <NumberReports reports={reports} />
            {count > REPORTS_PER_PAGE ? (
              <p>
                <Link href={`/numbers/${phone.e164}/reports?page=2`}>Older reports ({(count - REPORTS_PER_PAGE).toLocaleString('en')} more)</Link>
              </p>
            ) : null}
          </section>
        </>
      ) : verified ? null : (
        <section aria-labelledby="none-heading">
          <h2 id="none-heading" className="text-xl font-bold">No reports about this number yet</h2>
          <p className="mt-2 text-slate-800">
            Nobody has reported {phone.international} here. Scammers switch numbers all the time, so a number without reports
            can still be used for a scam. If it contacted you and something felt wrong, <Link href={reportHref}>tell us what happened</Link>:
            moderators read every report before it is published.
          </p>
          <h3 className="mt-4 font-semibold">About this kind of number</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-800">
            {phone.country ? (
              <li>
                If you do not live in {countryName(phone.country)} and this number rang once or left a missed call, it is most likely bait to
                make you call back: do not. Read about <Link href="/guides/whatsapp-missed-calls-from-abroad">missed calls from international numbers</Link>.
              </li>
            ) : (
              <li>This is an international service number, not tied to any country: few people have a reason to call you from one.</li>
            )}
            {phone.lineType === 'premium_rate' || phone.lineType === 'shared_cost' ? (
              <li>Calling it back costs more than a normal call, and some of that money goes to whoever holds the number: do not call it back to find out who it was.</li>
            ) : null}
            {phone.lineType === 'voip' ? <li>Internet (VoIP) numbers are cheap to get in bulk and to throw away, which is why scammers like them.</li> : null}
          </ul>
          <p className="mt-3">
            Not sure what to do? <Link href={`/help?number=${encodeURIComponent(phone.e164)}`}>Answer a few quick questions about this call</Link>, or read why{' '}
            <Link href="/guides/caller-id-proves-nothing">caller ID proves nothing</Link>.
          </p>
        </section>
      )}

      <section aria-labelledby="owner-heading" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="owner-heading" className="text-lg font-semibold">Is this your number?</h2>
        <p className="mt-1 text-slate-700">
          If scammers are faking your number, or it is listed wrongly, <Link href={`/numbers/${phone.e164}/dispute`}>tell us</Link>. Our staff
          review every statement.
        </p>
      </section>
    </>
  );
}
