import Link from 'next/link';

interface PaginationProps {
  page: number;
  pages: number;
  href: (page: number) => string;
}

/** Numbered pages for short result lists; keyset lists use their own next link instead. */
export function Pagination({ page, pages, href }: PaginationProps) {
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-2">
      {page > 1 ? <Link href={href(page - 1)} rel="prev" className="rounded border border-slate-300 bg-white px-3 py-1">Previous</Link> : null}
      {shown.map((p, index) => (
        <span key={p} className="flex items-center gap-2">
          {index > 0 && p - shown[index - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
          {p === page ? (
            <span aria-current="page" className="rounded bg-slate-900 px-3 py-1 font-semibold text-white">{p}</span>
          ) : (
            <Link href={href(p)} className="rounded border border-slate-300 bg-white px-3 py-1" aria-label={`Page ${p}`}>{p}</Link>
          )}
        </span>
      ))}
      {page < pages ? <Link href={href(page + 1)} rel="next" className="rounded border border-slate-300 bg-white px-3 py-1">Next</Link> : null}
    </nav>
  );
}
