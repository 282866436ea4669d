import { NextResponse, type NextRequest } from 'next/server';

/**
 * Only redirects; it never decides who may see what (every admin page and action checks the
 * role itself). Here: `/numbers/%2B44…` becomes the canonical `/numbers/+44…`.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (/^\/numbers\/%2b/i.test(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = `/numbers/+${pathname.slice('/numbers/%2B'.length)}`;
    return NextResponse.redirect(url, 308);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/numbers/:path*'],
};
