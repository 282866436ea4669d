'use client';

import { useActionState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { ORGANISATION_MAX, SOURCE_MAX, type VerifiedNumberValues } from '@/lib/validation/verified-number';
import { addVerifiedNumberAction, type VerifiedNumberState } from './actions';

/** Adds a genuine number; after a problem every answer comes back as typed. */
export function VerifiedNumberForm({ initial }: { initial: VerifiedNumberValues }) {
  const [state, formAction, pending] = useActionState(addVerifiedNumberAction, { values: initial, attempt: 0 } satisfies VerifiedNumberState);
  const errors = state.fieldErrors ?? {};
  return (
    <form key={state.attempt} action={formAction} noValidate className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-slate-200" aria-labelledby="add-verified-heading">
      <h2 id="add-verified-heading" className="text-xl font-bold">Add a genuine number</h2>
      <p role="alert" className="font-semibold text-red-800 empty:hidden">{state.message ?? ''}</p>
      <input type="hidden" name="disputeId" value={state.values.disputeId ?? ''} />
      {state.values.disputeId ? <p className="text-sm text-slate-700">From an upheld owner’s statement.</p> : null}
      <Field id="verified-number" label="Number" hint="With its country code, as the organisation publishes it: +44 345 734 5345." error={errors.number}>
        {(describedBy, invalid) => (
          <input id="verified-number" name="number" type="text" inputMode="tel" autoComplete="off" maxLength={250} defaultValue={state.values.number ?? ''}
            aria-describedby={describedBy} aria-invalid={invalid} className={`${inputClass} font-mono sm:w-80`} />
        )}
      </Field>
      <Field id="verified-organisation" label="Organisation" hint="The name people know it by." error={errors.organisation}>
        {(describedBy, invalid) => (
          <input id="verified-organisation" name="organisation" type="text" maxLength={ORGANISATION_MAX} defaultValue={state.values.organisation ?? ''}
            aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <Field id="verified-source" label="Source" hint="The page on the organisation’s own website where it publishes this number." error={errors.source}>
        {(describedBy, invalid) => (
          <input id="verified-source" name="source" type="url" maxLength={SOURCE_MAX} placeholder="https://" defaultValue={state.values.source ?? ''}
            aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-5 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? 'Adding…' : 'Add to the registry'}
      </button>
    </form>
  );
}
