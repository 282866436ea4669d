import { Notice } from '@/components/ui/notice';
import QRCode from 'qrcode';
import { getDb } from '@/db/client';
import { countRecoveryCodesLeft, getTotpState } from '@/db/queries/users';
import { firstParam, type SearchParams } from '@/lib/params';
import { decryptTotpSecret, recoveryCodesFor, totpUri } from '@/lib/totp';
import { requireStaff } from '@/server/staff-guard';
import { confirmTotpAction, startTotpAction } from './actions';

export const metadata = { title: 'Sign-in security' };

const inputClass = 'rounded-md border border-slate-400 px-3 py-2';

function PasswordField({ id }: { id: string }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">Your password</label>
      <input id={id} name="password" type="password" autoComplete="current-password" required maxLength={256} className={`${inputClass} w-64`} />
    </div>
  );
}

export default async function SecurityPage({ searchParams }: { searchParams: SearchParams }) {
  // An admin without a second factor is sent here from everywhere else, so this page lets them in.
  const staff = await requireStaff(undefined, { allowWithoutSecondFactor: true });
  const params = await searchParams;
  const notice = firstParam(params.notice)?.slice(0, 200);
  const db = await getDb();
  const state = await getTotpState(db, staff.id);
  const pendingSecret = state?.totpSecret && !state.totpEnabledAt ? decryptTotpSecret(state.totpSecret) : null;
  const uri = pendingSecret ? totpUri(pendingSecret, staff.email) : null;
  const qr = uri ? await QRCode.toString(uri, { type: 'svg', margin: 1, width: 220 }) : null;
  const recoveryCodes = pendingSecret ? recoveryCodesFor(pendingSecret) : [];
  const codesLeft = state?.totpEnabledAt ? await countRecoveryCodesLeft(db, staff.id) : 0;
  const required = staff.role === 'admin' && !state?.totpEnabledAt;

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">Sign-in security</h1>
      {notice ? <Notice><p>{notice}</p></Notice> : null}
      {required ? (
        <div className="rounded-md bg-amber-50 p-3 ring-1 ring-amber-300">
          <p>
            <strong>Admins must use a second factor.</strong> Set up an authenticator app to continue: the rest of the admin area
            opens once it is on.
          </p>
        </div>
      ) : null}
      {state?.totpEnabledAt ? (
        <section aria-labelledby="factor-heading" className="space-y-3">
          <h2 id="factor-heading" className="text-xl font-bold">Authenticator app</h2>
          <p>Your account asks for a code from your authenticator app at every sign-in, since {state.totpEnabledAt.toISOString().slice(0, 10)}.</p>
          <p>
            You have <strong>{codesLeft} of 10 recovery codes</strong> left. Each works once, in place of a code from the app.
            {codesLeft <= 3 ? ' Set up your app again to get a new set.' : ''}
          </p>
          <details className="rounded-md border border-slate-300 p-3">
            <summary className="cursor-pointer font-semibold">New phone, or recovery codes running out? Set up the app again</summary>
            <p className="mt-2 text-sm text-slate-700">This replaces your app and your recovery codes. Until you confirm the new app, sign-in does not ask for a code{staff.role === 'admin' ? ', and the admin area stays closed' : ''}.</p>
            <form action={startTotpAction} className="mt-3 flex flex-wrap items-end gap-3">
              <PasswordField id="totp-again-password" />
              <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 font-semibold text-white">Set up a new app</button>
            </form>
          </details>
        </section>
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
            <li>
              Save these recovery codes somewhere safe, away from your phone (print them, or keep them in a password manager).
              If you lose the phone, each one signs you in once, in place of a code from the app. They are shown only until the
              app is confirmed.
              <ul aria-label="Recovery codes" className="my-2 grid grid-cols-2 gap-1 rounded bg-slate-50 p-3 font-mono ring-1 ring-slate-200" id="recovery-codes">
                {recoveryCodes.map((code) => <li key={code}>{code}</li>)}
              </ul>
            </li>
            <li>Enter the six-digit code the app shows, to confirm.</li>
          </ol>
          <form action={confirmTotpAction} className="space-y-3">
            <div>
              <input id="totp-saved" name="saved" type="checkbox" value="yes" required className="mr-2" />
              <label htmlFor="totp-saved">I have saved my recovery codes</label>
            </div>
            <div className="flex items-end gap-3">
              <div>
                <label htmlFor="totp-code" className="block font-semibold">Code from the app</label>
                <input id="totp-code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required className={`${inputClass} w-40 font-mono`} />
              </div>
              <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 font-semibold text-white">Turn on</button>
            </div>
          </form>
          <p className="break-all text-xs text-slate-500">Key link for apps on this device: <a href={uri}>{uri.replace(/secret=[^&]+/, 'secret=…')}</a></p>
        </section>
      ) : (
        <section className="space-y-3">
          <p>Add a second factor: after your password, sign-in will ask for a code from an app on your phone, so a stolen password alone is not enough.</p>
          <form action={startTotpAction} className="flex flex-wrap items-end gap-3">
            <PasswordField id="totp-password" />
            <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 font-semibold text-white">Set up an authenticator app</button>
          </form>
        </section>
      )}
    </div>
  );
}
