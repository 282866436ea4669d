import { scaleBand, scaleLinear } from 'd3-scale';
import { useId } from 'react';

export interface ColumnDatum {
  key: string;
  label: string;
  value: number;
}

interface ColumnChartProps {
  title: string;
  unit: string;
  data: ColumnDatum[];
}

/** Two drawings of the same columns: the wide one for larger screens, a narrower one for phones. */
const LAYOUTS = {
  wide: { width: 720, height: 260, text: 'text-[12px]', labelWidth: 64, className: 'hidden h-auto w-full sm:block' },
  narrow: { width: 360, height: 240, text: 'text-[13px]', labelWidth: 80, className: 'h-auto w-full sm:hidden' },
} as const;
const MARGIN = { top: 12, right: 8, bottom: 40, left: 56 };

/**
 * Columns over time, drawn on the server as SVG with a value axis, a summary for screen readers
 * and the same figures as a table.
 */
export function ColumnChart({ title, unit, data }: ColumnChartProps) {
  const id = useId();
  const peak = data.reduce<ColumnDatum | null>((best, datum) => (!best || datum.value > best.value ? datum : best), null);
  const total = data.reduce((sum, datum) => sum + datum.value, 0);
  const summary = data.length
    ? `${total.toLocaleString('en')} ${unit} from ${data[0]!.label} to ${data[data.length - 1]!.label}; the most, ${peak!.value.toLocaleString('en')}, in ${peak!.label}.`
    : `No ${unit}.`;
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-2">
      <figcaption id={`${id}-caption`} className="font-semibold">{title}</figcaption>
      <Columns id={`${id}-wide`} layout="wide" title={title} unit={unit} summary={summary} data={data} />
      <Columns id={`${id}-narrow`} layout="narrow" title={title} unit={unit} summary={summary} data={data} />
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">Show as a table</summary>
        <table className="mt-2 text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6">Period</th>
              <th scope="col" className="text-right">{unit[0]!.toUpperCase() + unit.slice(1)}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.key}>
                <th scope="row" className="pr-6 font-normal">{datum.label}</th>
                <td className="text-right tabular-nums">{datum.value.toLocaleString('en')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

interface ColumnsProps {
  id: string;
  layout: keyof typeof LAYOUTS;
  title: string;
  unit: string;
  summary: string;
  data: ColumnDatum[];
}

function Columns({ id, layout, title, unit, summary, data }: ColumnsProps) {
  const { width, height, text, labelWidth, className } = LAYOUTS[layout];
  const y = scaleLinear()
    .domain([0, Math.max(1, ...data.map((datum) => datum.value))])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const x = scaleBand()
    .domain(data.map((datum) => datum.key))
    .range([MARGIN.left, width - MARGIN.right])
    .padding(0.2);
  // Every label when they fit, else every second, third…, with room around each.
  const every = Math.max(1, Math.ceil(labelWidth / Math.max(1, x.step())));
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} className={className}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {y.ticks(4).map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" />
          <text x={MARGIN.left - 6} y={y(tick)} dominantBaseline="middle" textAnchor="end" className={`fill-slate-600 tabular-nums ${text}`}>
            {tick.toLocaleString('en')}
          </text>
        </g>
      ))}
      {data.map((datum, index) => (
        <g key={datum.key}>
          <rect
            x={x(datum.key)}
            y={y(datum.value)}
            width={x.bandwidth()}
            height={Math.max(0, height - MARGIN.bottom - y(datum.value))}
            rx={2}
            className="fill-brand-700"
          >
            <title>{`${datum.label}: ${datum.value.toLocaleString('en')} ${unit}`}</title>
          </rect>
          {index % every === 0 ? (
            <text x={(x(datum.key) ?? 0) + x.bandwidth() / 2} y={height - MARGIN.bottom + 16} textAnchor="middle" className={`fill-slate-600 ${text}`}>
              {datum.label}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
