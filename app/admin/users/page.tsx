import { DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/notice';
import { getDb } from '@/db/client';
import { listOpenStaffInvitations } from '@/db/queries/staff-invitations';
import { listUsers } from '@/db/queries/users';
import { firstParam, type SearchParams } from '@/lib/params';
import { requireStaff } from '@/server/staff-guard';
import { changeStaffAction, decideInvitationAction } from './actions';
import { InviteForm } from './invite-form';

export const metadata = { title: 'Staff' };

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireStaff(['admin']);
  const notice = firstParam((await searchParams).notice);
  const db = await getDb();
  const [staff, invitations] = await Promise.all([listUsers(db), listOpenStaffInvitations(db)]);
  const now = new Date();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Staff</h1>
      <p className="text-slate-700">
        Disabling an account or changing its role ends its sessions at once, and asks for your password again. Invite new
        staff below; reset a password or a second factor with <code>npm run staff</code> on the server.
      </p>
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
                  <form action={changeStaffAction} className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="email" value={user.email} />
                    <input
                      type="password"
                      name="password"
                      required
                      autoComplete="current-password"
                      placeholder="Your password"
                      aria-label={`Your password, to confirm a change to ${user.email}`}
                      className="w-36 rounded border border-slate-400 px-2 py-1"
                    />
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

      {/* Any other change on this page starts the form afresh, without the last link. */}
      <InviteForm key={notice ?? ''} />

      <section aria-labelledby="invitations-heading" className="space-y-3">
        <h2 id="invitations-heading" className="text-xl font-bold">Open invitations</h2>
        {invitations.length === 0 ? (
          <p>None: every invitation has been used or withdrawn.</p>
        ) : (
          <DataTable caption="Invitations not used yet" columns={['Email', 'Role', 'Invited by', 'State', 'Action']}>
            {invitations.map((invitation) => {
              const expired = invitation.expiresAt < now;
              const state = expired
                ? 'expired'
                : invitation.approvedByEmail
                  ? `link works until ${invitation.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`
                  : 'waiting for a second admin';
              return (
                <tr key={invitation.id} className="border-b border-slate-200">
                  <td className="py-2">{invitation.email} <span className="text-slate-600">({invitation.name})</span></td>
                  <td>{invitation.role}</td>
                  <td>{invitation.invitedByEmail}</td>
                  <td>{state}</td>
                  <td>
                    <form action={decideInvitationAction} className="flex flex-wrap gap-2">
                      <input type="hidden" name="invitation" value={invitation.id} />
                      {!expired && !invitation.approvedByEmail && invitation.invitedBy !== admin.id ? (
                        <button name="step" value="approve" className="min-h-6 rounded border border-emerald-700 px-2 py-1 text-emerald-900" aria-label={`Approve the invitation for ${invitation.email}`}>
                          Approve
                        </button>
                      ) : null}
                      <button name="step" value="withdraw" className="min-h-6 rounded border border-slate-400 px-2 py-1" aria-label={`Withdraw the invitation for ${invitation.email}`}>
                        Withdraw
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>
    </div>
  );
}
