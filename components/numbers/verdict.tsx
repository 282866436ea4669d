import type { RiskVerdict } from '@/lib/risk';

const STYLES: Record<RiskVerdict['level'], { box: string; badge: string }> = {
  none: { box: 'border-slate-300 bg-white', badge: 'bg-slate-700 text-white' },
  low: { box: 'border-amber-400 bg-amber-50', badge: 'bg-amber-500 text-slate-900' },
  medium: { box: 'border-orange-500 bg-orange-50', badge: 'bg-orange-600 text-white' },
  high: { box: 'border-red-700 bg-red-50', badge: 'bg-red-700 text-white' },
  verified: { box: 'border-emerald-700 bg-emerald-50', badge: 'bg-emerald-800 text-white' },
};

interface VerdictProps {
  verdict: RiskVerdict;
  /** For an organisation's genuine number: where the organisation publishes it. */
  source?: { organisation: string; url: string } | null;
}

/** The headline answer on a number page, with the facts behind it. */
export function Verdict({ verdict, source }: VerdictProps) {
  const style = STYLES[verdict.level];
  return (
    <section aria-labelledby="verdict-heading" className={`rounded-xl border-2 p-4 sm:p-5 ${style.box}`}>
      <h2 id="verdict-heading" className="flex flex-wrap items-center gap-3 text-xl font-bold sm:text-2xl">
        <span className={`rounded-full px-3 py-1 text-base ${style.badge}`}>{verdict.label}</span>
      </h2>
      <p className="mt-3 text-slate-900 sm:text-lg">{verdict.summary}</p>
      <p className="mt-3 rounded-md bg-white/80 p-3 font-semibold text-slate-900 ring-1 ring-slate-300">
        <span className="text-brand-800">First:</span> {verdict.steps[0]}
      </p>
      <p className="mt-3 text-sm text-slate-800">{verdict.caveat}</p>
      {verdict.reasons.length > 0 ? (
        <>
          <h3 className="sr-only">Why</h3>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-800">
            {verdict.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      {source ? (
        <p className="mt-3 text-sm text-slate-700">
          Source: <a href={source.url} rel="noopener noreferrer">where {source.organisation} publishes this number</a>.
        </p>
      ) : null}
    </section>
  );
}
