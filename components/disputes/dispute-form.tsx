'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { DisputeFormState } from '@/lib/validation/form-state';
import { HiddenGuards } from '@/components/forms/hidden-guards';
import { ProofOfWork } from '@/components/forms/proof-of-work';
import { Field, inputClass } from '@/components/ui/field';
import { CONTACT_MAX, STATEMENT_MAX } from '@/lib/validation/dispute';

interface DisputeFormProps {
  action: (state: DisputeFormState, formData: FormData) => Promise<DisputeFormState>;
  initialState: DisputeFormState;
}

export function DisputeForm({ action, initialState }: DisputeFormProps) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const errors = state.fieldErrors ?? {};
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') alertRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} noValidate className="space-y-6">
      {state.status !== 'idle' ? (
        <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {state.message ?? 'Please check the answers marked below.'}
        </div>
      ) : null}
      <HiddenGuards formToken={state.formToken} />
      <Field id="dispute-statement" label="Your statement" error={errors.statement}
        hint="How you know this number is yours, and what is happening: for example, strangers calling you back about calls you never made. This is shown on the number’s page if our staff accept it, so leave out anything private.">
        {(describedBy, invalid) => (
          <textarea id="dispute-statement" name="statement" rows={6} maxLength={STATEMENT_MAX} defaultValue={state.values.statement ?? ''}
            aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <Field id="dispute-held-since" label="Since when have you had this number?" optional error={errors.heldSince}
        hint="If the number was someone else’s before you, reports from before this day were about them: once our staff accept your statement, those reports no longer count against the number.">
        {(describedBy, invalid) => (
          <input id="dispute-held-since" name="heldSince" type="date" defaultValue={state.values.heldSince ?? ''}
            aria-describedby={describedBy} aria-invalid={invalid} className={`${inputClass} sm:w-60`} />
        )}
      </Field>
      <Field id="dispute-contact" label="How can our staff reach you?" optional error={errors.contact}
        hint="An email address or phone number. Only our staff see it, to ask for proof if needed.">
        {(describedBy, invalid) => (
          <input id="dispute-contact" name="contact" type="text" maxLength={CONTACT_MAX} autoComplete="email" defaultValue={state.values.contact ?? ''}
            aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <div className={errors.declaration ? 'border-l-4 border-red-700 pl-3' : ''}>
        <p id="dispute-declaration-error" aria-live="polite" className="text-sm font-semibold text-red-800 empty:hidden">{errors.declaration ?? ''}</p>
        <label className="flex gap-3">
          <input id="dispute-declaration" type="checkbox" name="declaration" value="on" defaultChecked={state.values.declaration === 'on'}
            aria-describedby={errors.declaration ? 'dispute-declaration-error' : undefined} aria-invalid={Boolean(errors.declaration)} className="mt-1 h-5 w-5 shrink-0" />
          <span>This is my number, or I am responsible for it, and what I wrote is true.</span>
        </label>
      </div>
      <ProofOfWork key={state.attempt} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? 'Sending…' : 'Send statement'}
      </button>
    </form>
  );
}
