import type { DefaultSession } from 'next-auth';
import type { StaffRole } from '@/db/constants';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: StaffRole; secondFactor: boolean } & DefaultSession['user'];
  }
  interface User {
    role?: StaffRole;
    sessionVersion?: number;
    secondFactor?: boolean;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: string;
    role?: StaffRole;
    sv?: number;
    /** The staff session's id (db/queries/staff-sessions.ts); the cookie is encrypted. */
    sid?: string;
    /** Whether the account has a second factor, as of this request (read with the session). */
    tfa?: boolean;
  }
}
