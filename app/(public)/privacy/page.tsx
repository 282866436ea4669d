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

const COLUMNS = ['What', 'Why', 'Who sees it', 'How long'] as const;

export default function PrivacyPage() {
  const { retention, contactEmail } = settings();
  const rows = [
    {
      what: 'The number, what happened, the date, the kind of scam, any amount lost',
      why: 'To warn others who get a call from the same number',
      who: 'Moderators; once approved, everyone (the text with names, other numbers, card and account numbers and addresses taken out)',
      howLong: 'A published report stays while it helps; it can be taken down (below)',
    },
    {
      what: 'Your own words, before personal data is taken out',
      why: 'So a moderator can check the report',
      who: 'Moderators only',
      howLong: `For a report that is not published: erased ${days(retention.rejectedTextDays)} after the decision`,
    },
    {
      what: 'Your email, if you give it',
      why: 'To send you a receipt and the moderator’s decision',
      who: 'Moderators only; never published, never in the downloads',
      howLong: `Erased ${days(retention.reporterEmailDays)} after the decision`,
    },
    {
      what: 'A scrambled code made from your internet address (a keyed hash; the address itself is never stored)',
      why: 'To limit how many reports one place can send, and to spot floods of fake ones',
      who: 'Moderators see that two reports share it, not the address',
      howLong: `Erased after ${days(retention.ipHashDays)}`,
    },
  ];
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
        {/* A table on wide screens; on a phone each row stacks, its cells labelled (the explicit
            roles keep it a table for screen readers whatever its display). */}
        <table role="table" className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">What a report keeps, who sees it and for how long</caption>
          <thead className="sr-only sm:not-sr-only">
            <tr role="row" className="border-b border-slate-300">
              {COLUMNS.map((column) => (
                <th key={column} role="columnheader" scope="col" className="py-2 pr-3">{column}</th>
              ))}
            </tr>
          </thead>
          <tbody className="align-top">
            {rows.map((row) => (
              <tr key={row.what} role="row" className="block border-b border-slate-200 py-2 sm:table-row sm:py-0">
                <th role="rowheader" scope="row" className="block py-1 pr-3 font-semibold sm:table-cell sm:py-2">{row.what}</th>
                {[row.why, row.who, row.howLong].map((text, index) => (
                  <td key={COLUMNS[index + 1]} role="cell" className="block py-1 pr-3 sm:table-cell sm:py-2">
                    <span className="font-semibold text-slate-600 sm:hidden">{COLUMNS[index + 1]}: </span>
                    {text}
                  </td>
                ))}
              </tr>
            ))}
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
