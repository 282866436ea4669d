import type { Metadata } from 'next';
import Link from 'next/link';
import { settings } from '@/lib/settings';
import { SITE_NAME } from '@/lib/site';

export const metadata: Metadata = {
  title: 'About this site, and how to contact us',
  description: 'Who runs this scam-number checker, how reports are checked before they appear, and how to reach the team.',
};

// The contact address comes from the site's settings, read when the page is asked for.
export const dynamic = 'force-dynamic';

export default function AboutPage() {
  const { contactEmail } = settings();
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">About {SITE_NAME}</h1>
      <p className="text-lg text-slate-700">
        A place to check the number that just called you, and to warn others about one that tried to scam you. It is free, needs no
        account, and its software is open source.
      </p>
      <section aria-labelledby="how" className="space-y-2">
        <h2 id="how" className="text-2xl font-bold">How it works</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>Anyone can report a call or message. A moderator reads every report before it appears, and takes personal data out of it.</li>
          <li>
            A number’s page says what was reported about calls that <em>showed</em> that number. It never proves who made them: scammers
            fake the caller ID of banks, police and government offices, and buy virtual numbers by the thousand.
          </li>
          <li>Whoever owns a number can say so on its page, and staff check their statement before the page changes.</li>
          <li>
            The lesson that protects most people: <Link href="/guides/always-call-back-yourself">hang up, and call back yourself</Link>{' '}
            on a number you already trust, such as the one on your bank card.
          </li>
        </ul>
      </section>
      <section aria-labelledby="contact" className="space-y-2">
        <h2 id="contact" className="text-2xl font-bold">Contact</h2>
        {contactEmail ? (
          <p>
            Write to the team at <a href={`mailto:${contactEmail}`}>{contactEmail}</a>: to have a report taken down, to correct a
            number’s page, or about anything else on this site.
          </p>
        ) : (
          <p>
            To correct a number’s page or have a report about your number taken down, open the number’s page and, under “Is this your
            number?”, choose “tell us”: staff read every statement.
          </p>
        )}
        <p>
          We cannot get money back or trace a caller. If you lost money, call your bank on the number on your card, and report it to the
          police. <Link href="/help">What to do right now</Link>.
        </p>
      </section>
      <p>
        <Link href="/privacy">Privacy: what we keep and for how long</Link>
      </p>
    </article>
  );
}
