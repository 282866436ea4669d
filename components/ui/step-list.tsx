import type { ReactNode } from 'react';

const TONES = {
  calm: { box: 'border-emerald-600 bg-emerald-50 print:border-black print:bg-white', heading: '' },
  urgent: { box: 'border-red-700 bg-red-50', heading: 'text-red-900' },
} as const;

interface StepListProps {
  id: string;
  title: string;
  tone: keyof typeof TONES;
  steps: ReactNode[];
}

/** A boxed, numbered list of steps under its own heading. */
export function StepList({ id, title, tone, steps }: StepListProps) {
  return (
    <section aria-labelledby={id} className={`rounded-xl border-2 p-5 ${TONES[tone].box}`}>
      <h2 id={id} className={`text-2xl font-bold ${TONES[tone].heading}`}>{title}</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-lg">
        {steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
