import { notFound } from 'next/navigation';

// An address that matches no page is answered here, on request, rather than by the copy of the
// not-found page built ahead of time: like every page, it then carries the request's
// Content-Security-Policy nonce on its scripts.
export const dynamic = 'force-dynamic';

export default function UnknownPage(): never {
  notFound();
}
