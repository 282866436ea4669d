import { DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/notice';
import { getDb } from '@/db/client';
import { listUsers } from '@/db/queries/users';
import { firstParam, type SearchParams } from '@/lib/params';
import { requireStaff } from '@/server/staff-guard';
import { changeStaffAction } from './actions';

export const metadata = { title: 'Staff' };

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireStaff(['admin']);
  const notice = firstParam((await searchParams).notice);
  const staff = await listUsers(await getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Staff</h1>
      <p className="text-slate-700">Disabling an account or changing its role ends its sessions at once. Add accounts and reset passwords with <code>npm run staff</code>.</p>
      {notice ? <Notice><p>{notice.slice(0, 200)}</p></Notice> : null}
      <DataTable caption="Staff accounts" columns={['Email', 'Role', 'State', 'Last sign-in', 'Change']}>
          {staff.map((user) => (
            <tr key={user.id} className="border-b border-slate-200">
              <td className="py-2">{user.email}</td>
              <td>{user.role}</td>
              <td>{user.disabledAt ? 'disabled' : 'active'}</td>
              <td>{user.lastLoginAt ? user.lastLoginAt.toISOString().slice(0, 16).replace('T', ' ') : 'never'}</td>
              <td>
                {user.email === admin.email ? 'you' : (
                  <form action={changeStaffAction} className="flex flex-wrap gap-2">
                    <input type="hidden" name="email" value={user.email} />
                    <button name="change" value={user.disabledAt ? 'enable' : 'disable'} className="rounded border border-slate-400 px-2 py-1" aria-label={`${user.disabledAt ? 'Enable' : 'Disable'} ${user.email}`}>
                      {user.disabledAt ? 'Enable' : 'Disable'}
                    </button>
                    <button name="change" value={user.role === 'admin' ? 'make_moderator' : 'make_admin'} className="rounded border border-slate-400 px-2 py-1" aria-label={`Make ${user.email} ${user.role === 'admin' ? 'a moderator' : 'an admin'}`}>
                      {user.role === 'admin' ? 'Make moderator' : 'Make admin'}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
      </DataTable>
    </div>
  );
}
