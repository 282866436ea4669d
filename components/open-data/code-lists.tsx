import { DataTable } from '@/components/ui/data-table';
import { CATEGORIES, CATEGORY_INFO, CHANNEL_LABELS, CHANNELS, LINE_TYPE_LABELS, LINE_TYPES, PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '@/db/constants';

const LISTS = [
  { id: 'codes-category', title: 'category: the kind of scam', rows: CATEGORIES.map((code) => [code, CATEGORY_INFO[code].label] as const) },
  { id: 'codes-channel', title: 'channel: how the scammer made contact', rows: CHANNELS.map((code) => [code, CHANNEL_LABELS[code]] as const) },
  { id: 'codes-payment', title: 'payment_method: how the money was paid', rows: PAYMENT_METHODS.map((code) => [code, PAYMENT_METHOD_LABELS[code]] as const) },
  { id: 'codes-line-type', title: 'line_type: the kind of number, from the numbering plan', rows: LINE_TYPES.map((code) => [code, LINE_TYPE_LABELS[code]] as const) },
];

/** Every code the downloads and the API use, with the label a person reads on the site. */
export function CodeLists({ headingLevel: Heading = 'h3' }: { headingLevel?: 'h2' | 'h3' }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {LISTS.map((list) => (
        <div key={list.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <Heading id={list.id} className="mb-2 font-mono font-semibold">{list.title}</Heading>
          <DataTable caption={list.title} columns={['Code', 'Meaning']}>
            {list.rows.map(([code, label]) => (
              <tr key={code} className="border-b border-slate-100 align-top">
                <td className="py-1 pr-3 font-mono">{code}</td>
                <td>{label}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      ))}
    </div>
  );
}
