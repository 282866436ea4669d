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

const ROW = 30;
const LABEL_WIDTH = 290;
const BAR_WIDTH = 330;
const VALUE_WIDTH = 80;

/**
 * Horizontal bars, drawn on the server as SVG: no script, any width. The SVG carries a summary
 * for screen readers, and the same figures follow as a table.
 */
export function BarChart({ title, unit, data }: BarChartProps) {
  const id = useId();
  const total = data.reduce((sum, datum) => sum + datum.value, 0);
  const x = scaleLinear().domain([0, Math.max(1, ...data.map((datum) => datum.value))]).range([0, BAR_WIDTH]);
  const height = data.length * ROW;
  const top = data[0];
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-2">
      <figcaption id={`${id}-caption`} className="font-semibold">{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH} ${height}`}
        className="h-auto w-full max-w-2xl"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {top ? `${data.length} bars. The largest is ${top.label}, with ${top.value.toLocaleString('en')} of ${total.toLocaleString('en')} ${unit}.` : `No ${unit}.`}
        </desc>
        {data.map((datum, index) => {
          const y = index * ROW;
          const width = Math.max(datum.value > 0 ? 2 : 0, x(datum.value));
          return (
            <g key={datum.label} transform={`translate(0 ${y})`}>
              <text x={LABEL_WIDTH - 8} y={ROW / 2} dominantBaseline="middle" textAnchor="end" className="fill-slate-800 text-[13px]">
                {datum.label.length > 40 ? `${datum.label.slice(0, 39)}…` : datum.label}
              </text>
              <rect x={LABEL_WIDTH} y={5} width={width} height={ROW - 10} rx={3} className="fill-brand-700" />
              <text x={LABEL_WIDTH + width + 6} y={ROW / 2} dominantBaseline="middle" className="fill-slate-700 text-[13px] tabular-nums">
                {datum.value.toLocaleString('en')}
              </text>
            </g>
          );
        })}
      </svg>
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
