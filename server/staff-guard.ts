import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import type { StaffRole } from '@/db/constants';

export interface Staff {
  id: string;
  email: string;
  role: StaffRole;
}

/**
 * Every admin page and every admin action calls this itself: actions are public endpoints, and
 * proxy.ts only redirects. No session, or the wrong role, and nothing else runs.
 */
export async function requireStaff(roles: readonly StaffRole[] = ['moderator', 'admin']): Promise<Staff> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email || !user.role) redirect('/login');
  if (!roles.includes(user.role)) redirect('/admin?denied=1');
  return { id: user.id, email: user.email, role: user.role };
}
