import type { Metadata } from 'next';
import Link from 'next/link';
import { OPEN_DATA_LICENCE } from '@/lib/open-data';
import { settings } from '@/lib/settings';
import { SITE_NAME } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Privacy: what we keep, why, and for how long',
  description: 'What this site collects when you check a number or report a scam, who sees it, how long it is kept, and how to have a report taken down.',
};

// The periods come from the site's settings, read when the page is asked for.
export const dynamic = 'force-dynamic';

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

export default function PrivacyPage() {
  const { retention, contactEmail } = settings();
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Privacy</h1>
      <p className="text-lg text-slate-700">
        {SITE_NAME} keeps as little about you as it can, for as short a time as it can. This page says what that is, who sees it, and
        when it is erased. The periods below are this site’s own settings.
      </p>

      <section aria-labelledby="checking" className="space-y-2">
        <h2 id="checking" className="text-2xl font-bold">Checking a number</h2>
        <p>
          Looking up a number needs no account and sets no cookie. The number you type is not stored with anything about you. The
          server’s log notes each request (the page asked for, when, how it answered) without your address, and is not used to follow
          anyone.
        </p>
      </section>

      <section aria-labelledby="reporting" className="space-y-2">
        <h2 id="reporting" className="text-2xl font-bold">Reporting a scam</h2>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">What a report keeps, who sees it and for how long</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">What</th>
              <th scope="col" className="py-2 pr-3">Why</th>
              <th scope="col" className="py-2 pr-3">Who sees it</th>
              <th scope="col" className="py-2">How long</th>
            </tr>
          </thead>
          <tbody className="align-top">
            <tr className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-3 font-semibold">The number, what happened, the date, the kind of scam, any amount lost</th>
              <td className="py-2 pr-3">To warn others who get a call from the same number</td>
              <td className="py-2 pr-3">Moderators; once approved, everyone (the text with names, other numbers, card and account numbers and addresses taken out)</td>
              <td className="py-2">A published report stays while it helps; it can be taken down (below)</td>
            </tr>
            <tr className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-3 font-semibold">Your own words, before personal data is taken out</th>
              <td className="py-2 pr-3">So a moderator can check the report</td>
              <td className="py-2 pr-3">Moderators only</td>
              <td className="py-2">For a report that is not published: erased {days(retention.rejectedTextDays)} after the decision</td>
            </tr>
            <tr className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-3 font-semibold">Your email, if you give it</th>
              <td className="py-2 pr-3">To send you a receipt and the moderator’s decision</td>
              <td className="py-2 pr-3">Moderators only; never published, never in the downloads</td>
              <td className="py-2">Erased {days(retention.reporterEmailDays)} after the decision</td>
            </tr>
            <tr className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-3 font-semibold">A scrambled code made from your internet address (a keyed hash; the address itself is never stored)</th>
              <td className="py-2 pr-3">To limit how many reports one place can send, and to spot floods of fake ones</td>
              <td className="py-2 pr-3">Moderators see that two reports share it, not the address</td>
              <td className="py-2">Erased after {days(retention.ipHashDays)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="staff" className="space-y-2">
        <h2 id="staff" className="text-2xl font-bold">Staff accounts</h2>
        <p>
          Moderators sign in with an email, a password and, for admins, an authenticator app. Each sign-in attempt is recorded to stop
          password guessing; the records of attempts that failed are deleted after {days(retention.failedSignInDays)}. Every decision
          goes to an audit log, which keeps that an erasure happened but not what was erased.
        </p>
      </section>

      <section aria-labelledby="takedown" className="space-y-2">
        <h2 id="takedown" className="text-2xl font-bold">Having a report taken down, or a number’s page corrected</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>If the number is yours</strong> and reports are about calls that only showed it (scammers fake numbers), open the
            number’s page and, under “Is this your number?”, choose “tell us”. A member of staff reads your statement and a second one confirms it; the page
            then says so.
          </li>
          <li>
            <strong>If a published report names or exposes you</strong>, or shows personal data that should have been taken out, write to
            us{contactEmail ? (
              <> at <a href={`mailto:${contactEmail}`}>{contactEmail}</a></>
            ) : ' through “Is this your number?” on the number’s page'}{' '}
            with the number and what is wrong. Two members of staff take a report down; it leaves the site, its feeds and the next day’s
            downloads.
          </li>
          <li>
            <strong>If you sent a report</strong> and want it withdrawn or your email erased now, write to us with its reference (it
            starts with SR-).
          </li>
        </ul>
      </section>

      <section aria-labelledby="open-data" className="space-y-2">
        <h2 id="open-data" className="text-2xl font-bold">Open data</h2>
        <p>
          Published reports, with personal data taken out, can be downloaded and reused under the{' '}
          <a href={OPEN_DATA_LICENCE.url}>{OPEN_DATA_LICENCE.name}</a> licence (<Link href="/data">the downloads</Link>). Nothing private
          is ever in them: no email, no address, no unpublished report.
        </p>
      </section>
      <p>
        <Link href="/about">About this site and how to contact us</Link>
      </p>
    </article>
  );
}
