import Link from 'next/link';
import { connection } from 'next/server';
import { ReportCard } from '@/components/reports/report-card';
import { SearchForm } from '@/components/search/search-form';
import { getDb } from '@/db/client';
import { listLatestReports, getPublicTotals } from '@/db/queries/reports';
import { DEMO_DATA_KEY, getSiteMeta } from '@/db/queries/site-meta';
import { pluralize } from '@/lib/format';
import { memoize } from '@/lib/memo';

/** The totals read the statistics and count the reported numbers (tens of milliseconds on a million reports): a minute old at most. */
const readTotals = memoize(60_000, async () => getPublicTotals(await getDb()));

export default async function HomePage() {
  await connection();
  const db = await getDb();
  const [latest, totals, demo] = await Promise.all([
    listLatestReports(db, { limit: 8 }),
    readTotals(),
    getSiteMeta(db, DEMO_DATA_KEY),
  ]);

  return (
    <div className="space-y-12">
      {demo ? (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <strong>Demo data.</strong> The reports on this installation were invented to show how the site works. The numbers
          were generated at random and say nothing about their real owners.
        </p>
      ) : null}

      <section aria-labelledby="check-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8">
        <h1 id="check-heading" className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          Did a number just call or message you?
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700">
          Paste it here in any format to see whether others have reported it, and what to do next.
        </p>
        <div className="mt-6">
          <SearchForm idPrefix="home-search" />
        </div>
        <p className="mt-4 text-sm text-slate-600">
          {pluralize(totals.reports, 'report')} published about {pluralize(totals.numbers, 'number')}, each read by a
          moderator first.
        </p>
      </section>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading" className="text-2xl font-bold">Two habits that would have stopped most scams</h2>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <div className="rounded-lg border-l-4 border-amber-500 bg-white p-5 shadow-sm">
            <h3 className="text-lg font-semibold">1. Caller ID proves nothing</h3>
            <p className="mt-2 text-slate-700">
              The name or number on your screen can be set to anything. Criminals show the number of your bank, the police
              or a relative, and foreign &ldquo;virtual&rdquo; numbers are bought by the thousand for a few coins each. A
              clean result here does not make a caller genuine.
            </p>
            <p className="mt-3"><Link href="/guides/caller-id-proves-nothing">How caller ID is faked</Link></p>
          </div>
          <div className="rounded-lg border-l-4 border-emerald-600 bg-white p-5 shadow-sm">
            <h3 className="text-lg font-semibold">2. Always make the call yourself</h3>
            <p className="mt-2 text-slate-700">
              If someone says they are your bank, the police or a company you use, hang up. Call back on a number you
              already trust: the one on your card, your statement or the official website, ideally from another phone.
            </p>
            <p className="mt-3"><Link href="/guides/always-call-back-yourself">How to call back safely</Link></p>
          </div>
        </div>
      </section>

      <section aria-labelledby="now-heading" className="rounded-lg bg-brand-50 p-5 ring-1 ring-brand-100">
        <h2 id="now-heading" className="text-xl font-bold">If you are on such a call right now</h2>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-800">
          <li>Do not read out any code, PIN or password. No real bank or official will ever ask for one.</li>
          <li>Do not install any app they name, and do not move money &ldquo;to keep it safe&rdquo;.</li>
          <li>Hang up. If you already paid or shared details, call your bank on the number on your card now.</li>
        </ul>
        <p className="mt-3 font-medium">
          <Link href="/help">Answer four quick questions</Link> for steps that fit your situation, or read{' '}
          <Link href="/guides/already-paid-what-now">what to do if you already paid</Link>.
        </p>
      </section>

      <section aria-labelledby="latest-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest-heading" className="text-2xl font-bold">Latest published reports</h2>
          <Link href="/reports">All recent reports</Link>
        </div>
        {latest.length === 0 ? (
          <p className="mt-4 text-slate-700">
            No reports have been published yet. <Link href="/report">Report a scam call or message</Link>.
          </p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {latest.map((report) => (
              <li key={report.reference}>
                <ReportCard report={report} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
