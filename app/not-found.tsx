import Link from 'next/link';
import { SearchForm } from '@/components/search/search-form';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="text-lg text-slate-700">
        The address may be mistyped, or the page may have moved. If you were trying to check a phone number, enter it
        here:
      </p>
      <SearchForm idPrefix="not-found-search" />
      <ul className="list-disc space-y-1 pl-5">
        <li><Link href="/">Go to the home page</Link></li>
        <li><Link href="/numbers">Browse reported numbers</Link></li>
        <li><Link href="/report">Report a scam call or message</Link></li>
      </ul>
    </div>
  );
}
