interface BreakdownProps {
  title: string;
  id: string;
  items: Array<{ key: string; label: string; count: number }>;
}

/** Counts as a labelled bar list: readable without colour, and as plain text to screen readers. */
export function Breakdown({ title, id, items }: BreakdownProps) {
  const max = Math.max(1, ...items.map((item) => item.count));
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="text-lg font-semibold">{title}</h3>
      <ul className="mt-2 space-y-2">
        {items.map((item) => (
          <li key={item.key}>
            <div className="flex justify-between gap-3 text-sm">
              <span>{item.label}</span>
              <span className="font-semibold tabular-nums">{item.count.toLocaleString('en')}</span>
            </div>
            <div aria-hidden="true" className="mt-1 h-2 rounded bg-slate-200">
              <div className="h-2 rounded bg-brand-600" style={{ width: `${Math.max(4, (item.count / max) * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
