import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOut } from '@/auth';
import { requireStaff } from '@/server/staff-guard';

export const metadata: Metadata = { title: { default: 'Moderation', template: '%s · Moderation' }, robots: { index: false, follow: false } };

async function signOutAction() {
  'use server';
  await signOut({ redirectTo: '/login' });
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // The frame only: each page checks the role (and an admin's second factor) itself.
  const staff = await requireStaff(undefined, { allowWithoutSecondFactor: true });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-slate-900 px-4 py-3 text-white">
        <nav aria-label="Moderation">
          <ul className="flex flex-wrap gap-4">
            <li><Link href="/admin" className="text-white">Dashboard</Link></li>
            <li><Link href="/admin/reports" className="text-white">Report queue</Link></li>
            <li><Link href="/admin/disputes" className="text-white">Owners’ statements</Link></li>
            <li><Link href="/admin/verified" className="text-white">Genuine numbers</Link></li>
            <li><Link href="/admin/security" className="text-white">Sign-in security</Link></li>
            {staff.role === 'admin' ? (
              <>
                <li><Link href="/admin/users" className="text-white">Staff</Link></li>
                <li><Link href="/admin/audit" className="text-white">Audit log</Link></li>
              </>
            ) : null}
          </ul>
        </nav>
        <form action={signOutAction} className="flex items-center gap-3 text-sm">
          <span>{staff.email} ({staff.role})</span>
          <button type="submit" className="rounded border border-white/60 px-3 py-1 hover:bg-white/10">Sign out</button>
        </form>
      </div>
      {children}
    </div>
  );
}
