import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import type { StaffRole } from '@/db/constants';

export interface Staff {
  id: string;
  email: string;
  role: StaffRole;
}

export interface StaffGuardOptions {
  /** Only for the pages and actions that set up a second factor (and the admin area's frame). */
  allowWithoutSecondFactor?: boolean;
}

/** Where an admin without a second factor is sent, whatever they asked for. */
export const SECOND_FACTOR_SETUP = '/admin/security?setup=required';

/**
 * Every admin page and every admin action calls this itself: actions are public endpoints, and
 * proxy.ts only redirects. No session, or the wrong role, and nothing else runs. An admin must
 * have a second factor: until it is set up, everything leads to setting it up.
 */
export async function requireStaff(roles: readonly StaffRole[] = ['moderator', 'admin'], options: StaffGuardOptions = {}): Promise<Staff> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email || !user.role) redirect('/login');
  if (!roles.includes(user.role)) redirect('/admin?denied=1');
  // Read with the session itself (db/queries/staff-sessions.ts), so it costs no query of its own.
  if (user.role === 'admin' && !options.allowWithoutSecondFactor && !user.secondFactor) redirect(SECOND_FACTOR_SETUP);
  return { id: user.id, email: user.email, role: user.role };
}
