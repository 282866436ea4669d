'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const PUBLIC = [
  { href: '/help', label: 'Just got a call?' },
  { href: '/guides', label: 'Guides' },
  { href: '/numbers', label: 'Reported numbers' },
  { href: '/report', label: 'Report a scam' },
];

// Staff pages carry their own navigation: from the header they only need the way back.
const STAFF = [{ href: '/', label: 'Public site' }];

/** The header's links: the public site's, or a single one on the staff pages. */
export function MainNav() {
  const items = usePathname().startsWith('/admin') ? STAFF : PUBLIC;
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-x-4 text-sm">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="inline-block py-1.5 text-white no-underline hover:underline">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
