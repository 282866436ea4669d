'use client';

import { useActionState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { INVITATION_HOURS } from '@/db/constants';
import { inviteStaffAction, type InviteState } from './actions';

/** Invites a new member of staff; after sending, shows the link once, to be passed on to them. */
export function InviteForm() {
  const [state, formAction, pending] = useActionState(inviteStaffAction, { values: {}, attempt: 0 } satisfies InviteState);
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {state.done ? (
        <Notice>
          <div className="w-full">
          <p className="font-semibold">{state.done.notice}</p>
          <label htmlFor="invite-link" className="mt-2 block">
            Send them this link yourself, by a channel you trust. It opens one account, until{' '}
            {new Date(state.done.show.expiresAt!).toUTCString().replace(/:\d\d GMT$/, ' UTC')}, and it is not shown again.
          </label>
          <input id="invite-link" readOnly value={state.done.show.link} onFocus={(event) => event.target.select()} className={`${inputClass} mt-1 font-mono text-sm`} />
          </div>
        </Notice>
      ) : null}
      <form key={state.attempt} action={formAction} noValidate className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-slate-200" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-xl font-bold">Invite a member of staff</h2>
        <p className="text-sm text-slate-600">
          The link works for {INVITATION_HOURS} hours. An admin’s invitation also needs a second admin’s approval; a moderator’s works at once.
        </p>
        <div role="alert" className="font-semibold text-red-800 empty:hidden">{state.message ?? ''}</div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="invite-email" label="Email" error={errors.email}>
            {(describedBy, invalid) => (
              <input id="invite-email" name="email" type="email" autoComplete="off" maxLength={254} defaultValue={values.email ?? ''}
                aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
            )}
          </Field>
          <Field id="invite-name" label="Name" error={errors.name}>
            {(describedBy, invalid) => (
              <input id="invite-name" name="name" type="text" autoComplete="off" maxLength={100} defaultValue={values.name ?? ''}
                aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
            )}
          </Field>
        </div>
        <fieldset aria-describedby={errors.role ? 'invite-role-error' : undefined} className="space-y-2">
          <legend className="font-semibold">Role</legend>
          <p id="invite-role-error" aria-live="polite" className="text-sm font-semibold text-red-800 empty:hidden">{errors.role ?? ''}</p>
          <div className="flex flex-wrap gap-3">
            {([['moderator', 'Moderator: reviews reports'], ['admin', 'Admin: also manages staff']] as const).map(([role, label]) => (
              <label key={role} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" name="role" value={role} defaultChecked={(values.role ?? 'moderator') === role} className="h-4 w-4" />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? 'Inviting…' : 'Create invitation link'}
        </button>
      </form>
    </div>
  );
}
