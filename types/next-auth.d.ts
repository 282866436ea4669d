import type { DefaultSession } from 'next-auth';
import type { StaffRole } from '@/db/constants';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: StaffRole } & DefaultSession['user'];
  }
  interface User {
    role?: StaffRole;
    sessionVersion?: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: string;
    role?: StaffRole;
    sv?: number;
    /** The staff session's id (db/queries/staff-sessions.ts); the cookie is encrypted. */
    sid?: string;
  }
}
