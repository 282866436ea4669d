'use client';

import { usePathname } from 'next/navigation';
import { SearchForm } from '@/components/search/search-form';

/**
 * The header's number check, one tap away (a <details>, so it opens without JavaScript too).
 * The home page has its own big form, and the staff pages have no use for one.
 */
export function HeaderSearch() {
  const pathname = usePathname();
  if (pathname === '/' || pathname.startsWith('/admin')) return null;
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md bg-amber-400 px-3 font-semibold text-slate-900 hover:bg-amber-300 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 fill-none stroke-current stroke-2">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        Check a number
      </summary>
      <div className="mt-2 rounded-md bg-white/10 p-2">
        <SearchForm idPrefix="header-search" size="compact" />
      </div>
    </details>
  );
}
