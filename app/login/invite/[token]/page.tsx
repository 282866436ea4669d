import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { findStaffInvitation, INVITATION_REFUSALS } from '@/db/queries/staff-invitations';
import { PASSWORD_MIN } from '@/lib/passwords';
import { AcceptForm } from './accept-form';

// The link's secret is in the address: no referrer may carry it to another site.
export const metadata: Metadata = { title: 'Join the moderation team', robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findStaffInvitation(await getDb(), token);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Join the moderation team</h1>
      {!invitation ? (
        <p role="alert">This invitation link is not valid: it may have been withdrawn, or copied incompletely. Ask an admin to send you a new one.</p>
      ) : invitation.state !== 'open' ? (
        <>
          <p role="alert">{INVITATION_REFUSALS[invitation.state]}</p>
          {invitation.state === 'used' ? <p><Link href="/login">Staff sign-in</Link></p> : null}
        </>
      ) : (
        <>
          <p className="text-slate-700">
            You have been invited as {invitation.role === 'admin' ? 'an admin' : 'a moderator'}. Choose a password to open your account; you then sign in with
            your email and that password.
          </p>
          <AcceptForm token={token} email={invitation.email} name={invitation.name} passwordMin={PASSWORD_MIN} />
        </>
      )}
    </div>
  );
}
