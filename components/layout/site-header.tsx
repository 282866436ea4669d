import Link from 'next/link';
import { HeaderSearch } from './header-search';
import { MainNav } from './main-nav';
import { SITE_NAME } from '@/lib/site';

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-brand-900 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-2">
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-0">
          <Link href="/" className="flex items-center gap-2 text-lg font-bold text-white no-underline hover:text-brand-100">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 fill-none stroke-current stroke-2">
              <path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z" />
            </svg>
            {SITE_NAME}
          </Link>
          <MainNav />
        </div>
        <HeaderSearch />
      </div>
    </header>
  );
}
