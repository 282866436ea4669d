import type { NextAuthConfig } from 'next-auth';

/** Settings shared by every use of Auth.js; providers and callbacks that need the database live in auth.ts. */
export const authConfig = {
  pages: { signIn: '/login' },
  // The cookie lasts as long as a session can (12 hours); the database ends it sooner: on sign-out,
  // or after 30 idle minutes (db/queries/staff-sessions.ts).
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  // The portal's own server sits in front of Next.js; the host header is the one it received.
  trustHost: true,
  providers: [],
} satisfies NextAuthConfig;
