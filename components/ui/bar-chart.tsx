import { scaleLinear } from 'd3-scale';
import { useId } from 'react';

export interface BarDatum {
  label: string;
  value: number;
  /** Where the bar's label links to, if anywhere. */
  href?: string;
}

interface BarChartProps {
  title: string;
  /** What the values count, in the plural: "reports". */
  unit: string;
  data: BarDatum[];
}

/** Two drawings of the same bars: labels beside them on wide screens, above them on phones. */
const LAYOUTS = {
  wide: { row: 30, label: 290, bar: 330, value: 80, className: 'hidden h-auto w-full max-w-2xl sm:block' },
  narrow: { row: 40, label: 0, bar: 270, value: 70, className: 'h-auto w-full sm:hidden' },
} as const;

/**
 * Horizontal bars, drawn on the server as SVG: no script, any width. The SVG carries a summary
 * for screen readers, and the same figures follow as a table.
 */
export function BarChart({ title, unit, data }: BarChartProps) {
  const id = useId();
  const total = data.reduce((sum, datum) => sum + datum.value, 0);
  const top = data[0];
  const summary = top ? `${data.length} bars. The largest is ${top.label}, with ${top.value.toLocaleString('en')} of ${total.toLocaleString('en')} ${unit}.` : `No ${unit}.`;
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-2">
      <figcaption id={`${id}-caption`} className="font-semibold">{title}</figcaption>
      <Bars id={`${id}-wide`} layout="wide" title={title} summary={summary} data={data} />
      <Bars id={`${id}-narrow`} layout="narrow" title={title} summary={summary} data={data} />
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">Show as a table</summary>
        <table className="mt-2 text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6">Group</th>
              <th scope="col" className="pr-6 text-right">{unit[0]!.toUpperCase() + unit.slice(1)}</th>
              <th scope="col" className="text-right">Share</th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.label}>
                <th scope="row" className="pr-6 font-normal">{datum.href ? <a href={datum.href}>{datum.label}</a> : datum.label}</th>
                <td className="pr-6 text-right tabular-nums">{datum.value.toLocaleString('en')}</td>
                <td className="text-right tabular-nums">{total ? `${((datum.value / total) * 100).toFixed(1)} %` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

interface BarsProps {
  id: string;
  layout: keyof typeof LAYOUTS;
  title: string;
  summary: string;
  data: BarDatum[];
}

function Bars({ id, layout, title, summary, data }: BarsProps) {
  const { row, label, bar, value, className } = LAYOUTS[layout];
  const beside = label > 0;
  const x = scaleLinear().domain([0, Math.max(1, ...data.map((datum) => datum.value))]).range([0, bar]);
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${label + bar + value} ${data.length * row}`} className={className}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {data.map((datum, index) => {
        const width = Math.max(datum.value > 0 ? 2 : 0, x(datum.value));
        // Beside: the label ends where the bar starts. Above: the label sits on the bar's row.
        const barY = beside ? 5 : 20;
        const barHeight = beside ? row - 10 : row - 24;
        return (
          <g key={datum.label} transform={`translate(0 ${index * row})`}>
            <text
              x={beside ? label - 8 : 0}
              y={beside ? row / 2 : 9}
              dominantBaseline="middle"
              textAnchor={beside ? 'end' : 'start'}
              className="fill-slate-800 text-[13px]"
            >
              {datum.label.length > 40 ? `${datum.label.slice(0, 39)}…` : datum.label}
            </text>
            <rect x={label} y={barY} width={width} height={barHeight} rx={3} className="fill-brand-700" />
            <text x={label + width + 6} y={barY + barHeight / 2} dominantBaseline="middle" className="fill-slate-700 text-[13px] tabular-nums">
              {datum.value.toLocaleString('en')}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
