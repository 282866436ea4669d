import { NextResponse, type NextRequest } from 'next/server';
import { requestRegion } from '@/lib/region';
import { classifySearch } from '@/lib/search';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Only redirects; it never decides who may see what (every admin page and action checks the
 * role itself). `/numbers/%2B44…` becomes the canonical `/numbers/+44…`; a search for a whole
 * number goes straight to the number's page, without rendering the search page only to leave
 * it; and a visit to the admin area without a session cookie goes to the sign-in page first.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) {
    if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
    const login = request.nextUrl.clone();
    login.pathname = '/login';
    login.search = `?callbackUrl=${encodeURIComponent(pathname)}`;
    return NextResponse.redirect(login);
  }
  if (pathname === '/search' && request.method === 'GET') {
    const { searchParams } = request.nextUrl;
    const query = searchParams.get('q')?.slice(0, 300) ?? '';
    const outcome = classifySearch(query, requestRegion(searchParams.get('country'), request.headers.get('accept-language')));
    if (outcome.kind === 'number') {
      const url = request.nextUrl.clone();
      url.pathname = `/numbers/${outcome.phone.e164}`;
      url.search = '';
      return NextResponse.redirect(url, 307);
    }
    return NextResponse.next();
  }
  if (/^\/numbers\/%2b/i.test(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = `/numbers/+${pathname.slice('/numbers/%2B'.length)}`;
    return NextResponse.redirect(url, 308);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/search', '/numbers/:path*', '/admin', '/admin/:path*'],
};
