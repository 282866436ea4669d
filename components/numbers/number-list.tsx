import Link from 'next/link';
import { CATEGORY_INFO, type Category } from '@/db/constants';
import type { NumberSummary } from '@/db/queries/phone-numbers';
import { formatDate, formatDaysAgo, pluralize } from '@/lib/format';
import { countryName, formatE164 } from '@/lib/phone';

/** A list of reported numbers with their counts and main categories. */
interface NumberListProps {
  numbers: NumberSummary[];
  /** Digits searched for, marked in each number. */
  highlight?: string;
  /** The category filtered on, named first. */
  category?: Category;
}

export function NumberList({ numbers, highlight, category }: NumberListProps) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {numbers.map((number) => {
        const formatted = formatE164(number.e164).international;
        const categories = category ? [category, ...number.categories.filter((c) => c !== category)] : number.categories;
        return (
          <li key={number.e164} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <Link href={`/numbers/${number.e164}`} className="font-mono text-lg font-semibold">
                {highlight ? <Highlighted text={formatted} digits={highlight} /> : formatted}
              </Link>
              <p className="text-sm text-slate-600">
                {countryName(number.countryCode)}
                {categories.length > 0 ? ` · ${categories.slice(0, 3).map((c) => CATEGORY_INFO[c].label).join(', ')}` : ''}
              </p>
            </div>
            <p className="text-sm text-slate-700 sm:text-right">
              <strong className="text-slate-900">{pluralize(number.reportCount, 'report')}</strong>
              {number.lastReportedOn ? (
                <>
                  <br className="hidden sm:inline" />
                  <span className="sm:hidden"> · </span>
                  last <time dateTime={number.lastReportedOn} title={formatDate(number.lastReportedOn)}>{formatDaysAgo(number.lastReportedOn)}</time>
                </>
              ) : null}
              {number.verifiedOrganisation ? (
                <span className="block text-emerald-800">Real number of {number.verifiedOrganisation}, faked in these calls</span>
              ) : number.disputeState === 'upheld' ? (
                <span className="block text-amber-800">Owner says it is spoofed</span>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** Marks the searched digits inside a formatted number, across its spaces. */
function Highlighted({ text, digits }: { text: string; digits: string }) {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i += 1) if (/\d/.test(text[i]!)) positions.push(i);
  const onlyDigits = positions.map((i) => text[i]).join('');
  const start = onlyDigits.indexOf(digits);
  if (start < 0) return <>{text}</>;
  const from = positions[start]!;
  const to = positions[start + digits.length - 1]! + 1;
  return (
    <>
      {text.slice(0, from)}
      <mark className="rounded bg-amber-200 px-0.5 text-slate-900">{text.slice(from, to)}</mark>
      {text.slice(to)}
    </>
  );
}
