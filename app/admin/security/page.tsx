import { Notice } from '@/components/ui/notice';
import QRCode from 'qrcode';
import { getDb } from '@/db/client';
import { getTotpState } from '@/db/queries/users';
import { firstParam, type SearchParams } from '@/lib/params';
import { decryptTotpSecret, totpUri } from '@/lib/totp';
import { requireStaff } from '@/server/staff-guard';
import { confirmTotpAction, startTotpAction } from './actions';

export const metadata = { title: 'Sign-in security' };

export default async function SecurityPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff();
  const notice = firstParam((await searchParams).notice)?.slice(0, 200);
  const state = await getTotpState(await getDb(), staff.id);
  const pendingSecret = state?.totpSecret && !state.totpEnabledAt ? decryptTotpSecret(state.totpSecret) : null;
  const uri = pendingSecret ? totpUri(pendingSecret, staff.email) : null;
  const qr = uri ? await QRCode.toString(uri, { type: 'svg', margin: 1, width: 220 }) : null;

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">Sign-in security</h1>
      {notice ? <Notice><p>{notice}</p></Notice> : null}
      {state?.totpEnabledAt ? (
        <p>Your account asks for a code from your authenticator app at every sign-in, since {state.totpEnabledAt.toISOString().slice(0, 10)}.</p>
      ) : uri && qr ? (
        <section aria-labelledby="enrol-heading" className="space-y-4">
          <h2 id="enrol-heading" className="text-xl font-bold">Set up your authenticator app</h2>
          <ol className="list-decimal space-y-2 pl-5">
            <li>Open an authenticator app (such as Aegis, Google Authenticator or 1Password) and add an account.</li>
            <li>
              Scan this code, or type the key below.
              {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG made on the server, not a remote image */}
              <img src={`data:image/svg+xml;base64,${Buffer.from(qr).toString('base64')}`} width={220} height={220} alt="QR code of your authenticator key" className="my-2 rounded bg-white p-2 ring-1 ring-slate-200" />
              <span className="block break-all font-mono text-sm" id="totp-key">{pendingSecret}</span>
            </li>
            <li>Enter the six-digit code the app shows, to confirm.</li>
          </ol>
          <form action={confirmTotpAction} className="flex items-end gap-3">
            <div>
              <label htmlFor="totp-code" className="block font-semibold">Code from the app</label>
              <input id="totp-code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required className="w-40 rounded-md border border-slate-400 px-3 py-2 font-mono" />
            </div>
            <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 font-semibold text-white">Turn on</button>
          </form>
          <p className="break-all text-xs text-slate-500">Key link for apps on this device: <a href={uri}>{uri.replace(/secret=[^&]+/, 'secret=…')}</a></p>
        </section>
      ) : (
        <section className="space-y-3">
          <p>Add a second factor: after your password, sign-in will ask for a code from an app on your phone, so a stolen password alone is not enough.</p>
          <form action={startTotpAction}>
            <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 font-semibold text-white">Set up an authenticator app</button>
          </form>
        </section>
      )}
    </div>
  );
}
