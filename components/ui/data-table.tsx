import type { ReactNode } from 'react';

interface DataTableProps {
  /** Read by screen readers: what the rows are. */
  caption: string;
  /** Column headings; a heading given as `{ hidden }` is read but not shown. */
  columns: ReadonlyArray<string | { hidden: string }>;
  children: ReactNode;
}

/** A plain table of rows with a caption and column headings. The rows are the caller's `<tr>`s. */
export function DataTable({ caption, columns, children }: DataTableProps) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          {columns.map((column, index) => (
            <th key={typeof column === 'string' ? column : column.hidden} scope="col" className={index === 0 ? 'py-2' : undefined}>
              {typeof column === 'string' ? column : <span className="sr-only">{column.hidden}</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
