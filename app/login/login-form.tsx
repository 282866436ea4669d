'use client';

import { useActionState } from 'react';
import { inputClass } from '@/components/ui/field';
import { logIn, type LoginState } from './actions';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState(logIn, { email: '' } satisfies LoginState);
  return (
    <form action={formAction} className="space-y-4">
      <p id="login-error" role="alert" aria-live="assertive" className="font-semibold text-red-800 empty:hidden">{state.message ?? ''}</p>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="space-y-1">
        <label htmlFor="login-email" className="block font-semibold">Email</label>
        <input id="login-email" name="email" type="email" autoComplete="username" required defaultValue={state.email}
          aria-describedby={state.message ? 'login-error' : undefined} className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor="login-password" className="block font-semibold">Password</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required
          aria-describedby={state.message ? 'login-error' : undefined} className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor="login-code" className="block font-semibold">Authentication code <span className="font-normal text-slate-600">(if you set one up)</span></label>
        <input id="login-code" name="code" type="text" autoComplete="one-time-code" maxLength={12} autoCapitalize="characters" spellCheck={false}
          aria-describedby="login-code-hint" className={`${inputClass} w-40 font-mono`} />
        <p id="login-code-hint" className="text-sm text-slate-600">The six digits your authenticator app shows now, or one of your recovery codes.</p>
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
