import type { Metadata } from 'next';
import Link from 'next/link';
import { StepList } from '@/components/ui/step-list';
import { OfficialChannels } from '@/components/report/official-channels';
import { SearchForm } from '@/components/search/search-form';
import { adviseFor, HELP_QUESTIONS, helpHref, nextQuestion, readHelpAnswers, type HelpStep } from '@/lib/help';
import { officialChannelsFor, RESIDENCES, residenceFor } from '@/lib/official-channels';
import type { SearchParams } from '@/lib/params';
import { formatE164 } from '@/lib/phone';
import { resolveRegion } from '@/server/visitor-region';

export const metadata: Metadata = {
  title: 'I just got a call: what should I do?',
  description: 'Answer up to four quick questions about the call or message and get clear steps for your situation.',
};

function Step({ step }: { step: HelpStep }) {
  return (
    <>
      {step.text}
      {step.link ? (
        <>
          {' '}
          <Link href={step.link.href}>{step.link.label}</Link>
        </>
      ) : null}
    </>
  );
}

export default async function HelpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const answers = readHelpAnswers(params);
  const question = nextQuestion(answers);
  const answered = HELP_QUESTIONS.filter((q) => answers[q.key]);
  // Where the person lives decides whom to call: the address says, else the browser's region.
  const residence = (answers.where ?? residenceFor(await resolveRegion(undefined))).toUpperCase();
  const number = answers.number ? formatE164(answers.number).international : null;
  const country = residence === 'OTHER' ? null : residence;
  const advice = question ? null : adviseFor(answers, country);
  const channels = advice && advice.urgent.length > 0 ? officialChannelsFor(country) : null;

  return (
    <div className="mx-auto max-w-3xl space-y-6 sm:space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">I just got a call: what should I do?</h1>
        {number ? <p className="text-slate-700">About the call or message from <strong className="whitespace-nowrap font-mono">{number}</strong>.</p> : null}
        {advice ? null : (
          <p className="text-lg text-slate-700">A few quick questions, then clear steps. If you are still on the call, hang up first: you can always call back.</p>
        )}
      </header>

      {advice ? (
        <>
          <section aria-labelledby="advice-heading" className="space-y-2 rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:p-5">
            <h2 id="advice-heading" className="text-xl font-bold sm:text-2xl">{advice.headline}</h2>
            <p className="text-sm text-slate-700">Caller ID proves nothing: the number on your screen can be faked, so judge the call by what they asked of you.</p>
          </section>

          {advice.urgent.length > 0 ? (
            <StepList id="urgent-heading" title="Do this now" tone="urgent" steps={advice.urgent.map((step, index) => <Step key={index} step={step} />)} />
          ) : null}

          <section aria-labelledby="steps-heading" className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:p-5">
            <h2 id="steps-heading" className="text-xl font-bold">{advice.urgent.length > 0 ? 'Then' : 'What to do'}</h2>
            <ol className="list-decimal space-y-2 pl-6 text-lg">
              {advice.steps.map((step, index) => (
                <li key={index}><Step step={step} /></li>
              ))}
            </ol>
          </section>
        </>
      ) : null}

      {answered.length > 0 ? (
        <section aria-labelledby="answers-heading" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <h2 id="answers-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-600">Your answers</h2>
          <ul className="mt-2 space-y-1">
            {answered.map((q) => {
              const earlier = { ...Object.fromEntries(HELP_QUESTIONS.slice(0, HELP_QUESTIONS.indexOf(q)).map((p) => [p.key, answers[p.key]])), number: answers.number, where: answers.where };
              return (
                <li key={q.key} className="flex flex-wrap justify-between gap-2">
                  <span>
                    {q.question} <strong>{q.options.find((o) => o.value === answers[q.key])?.label}</strong>
                  </span>
                  <Link href={helpHref(earlier)} aria-label={`Change your answer to: ${q.question}`} className="inline-block py-1">Change</Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {question ? (
        <section aria-labelledby="question-heading" className="space-y-4">
          <h2 id="question-heading" className="text-2xl font-bold">{question.question}</h2>
          <ul className="space-y-3">
            {question.options.map((option) => (
              <li key={option.value}>
                <Link
                  href={helpHref(answers, { [question.key]: option.value })}
                  className="block rounded-lg border-2 border-brand-600 bg-white px-4 py-3 text-lg font-medium no-underline hover:bg-brand-50"
                >
                  {option.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {advice ? (
        <>
          {channels ? (
            <>
              <OfficialChannels channels={channels} headingId="help-official-heading" />
              <p className="text-sm">
                Advice for people living in {channels.name}. Live somewhere else?{' '}
                {[...RESIDENCES, 'other' as const]
                  .filter((code) => code.toUpperCase() !== residence)
                  .map((code, index) => (
                    <span key={code}>
                      {index > 0 ? ' · ' : ''}
                      <Link href={helpHref(answers, { where: code })} className="inline-block py-1">{code === 'other' ? 'Another country' : officialChannelsFor(code).name.replace(/^the /, '')}</Link>
                    </span>
                  ))}
              </p>
            </>
          ) : null}

          <section aria-labelledby="check-heading" className="space-y-3">
            <h2 id="check-heading" className="text-xl font-bold">Check the number</h2>
            {answers.number && number ? (
              <p className="text-lg">
                <Link href={`/numbers/${answers.number}`}>See what others reported about {number}</Link>, or{' '}
                <Link href={`/report?number=${encodeURIComponent(answers.number)}`}>report it</Link> to warn the next person.
              </p>
            ) : (
              <SearchForm idPrefix="help-search" />
            )}
          </section>

          <p><Link href={answers.number ? `/help?number=${encodeURIComponent(answers.number)}` : '/help'}>Start again</Link> · <Link href="/guides">All guides</Link></p>
        </>
      ) : null}
    </div>
  );
}
