'use client';

import { useActionState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { acceptInvitationAction, type AcceptState } from './actions';

/** `passwordMin` comes from the server: the password module is not for the browser. */
export function AcceptForm({ token, email, name, passwordMin }: { token: string; email: string; name: string; passwordMin: number }) {
  const [state, formAction, pending] = useActionState(acceptInvitationAction, { name } satisfies AcceptState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4">
      <div role="alert" className="font-semibold text-red-800 empty:hidden">{state.message ?? ''}</div>
      <input type="hidden" name="token" value={token} />
      <p>Your account: <strong>{email}</strong></p>
      <Field id="accept-name" label="Your name" hint="As your colleagues know you; it appears in the moderation log." error={errors.name}>
        {(describedBy, invalid) => (
          <input id="accept-name" name="name" type="text" autoComplete="name" maxLength={100} defaultValue={state.name}
            aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <Field id="accept-password" label="Choose a password" hint={`At least ${passwordMin} characters. A passphrase of a few words is easy to type and hard to guess.`} error={errors.password}>
        {(describedBy, invalid) => (
          <input id="accept-password" name="password" type="password" autoComplete="new-password" maxLength={256}
            aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <Field id="accept-confirm" label="Type it again" error={errors.confirm}>
        {(describedBy, invalid) => (
          <input id="accept-confirm" name="confirm" type="password" autoComplete="new-password" maxLength={256}
            aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? 'Opening your account…' : 'Open my account'}
      </button>
    </form>
  );
}
