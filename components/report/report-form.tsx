'use client';

import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ReportFormState } from '@/lib/validation/form-state';
import { HiddenGuards } from '@/components/forms/hidden-guards';
import { Field, inputClass } from '@/components/ui/field';
import { CATEGORY_GROUPS, CATEGORY_INFO, CHANNEL_LABELS, CHANNELS, PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '@/db/constants';
import { CALLER_ID_MAX, DESCRIPTION_MAX, DESCRIPTION_MIN, EMAIL_MAX, REPORT_FIELDS, type ReportField, type SCREEN_ANSWERS } from '@/lib/validation/report';
import { ProofOfWork } from '@/components/forms/proof-of-work';
import { CountryOptions } from '@/components/search/country-options';
import { ReportReview } from './report-review';

export interface Option {
  value: string;
  label: string;
}

interface ReportFormProps {
  action: (state: ReportFormState, formData: FormData) => Promise<ReportFormState>;
  initialState: ReportFormState;
  currencies: Option[];
  /** Country preselected for the number, from the visitor's browser or the site default. */
  country: string;
  /** "Where do you live?" preselected from the visitor's region: its code, or "other". */
  residence: string;
  /** Currency of each country, for the currency to follow the country until it is chosen. */
  currencyByCountry: Record<string, string>;
  today: string;
  /** Whether the site sends email: without it, the email field says that none is sent. */
  mailEnabled: boolean;
  /** What the page says before the form; left out on the check-your-answers step, which then starts the page. */
  intro: ReactNode;
}


const FIELD_IDS: Record<ReportField, string> = {
  number: 'report-number',
  country: 'report-country',
  channel: 'report-channel-phone_call',
  callerIdName: 'report-caller-id',
  screenShowedOrganisation: 'report-screen-yes',
  callbackNumber: 'report-callback',
  category: 'report-category-bank_impersonation',
  occurredOn: 'report-date',
  occurredTime: 'report-time',
  description: 'report-description',
  lossAmount: 'report-amount',
  lossCurrency: 'report-currency',
  paymentMethod: 'report-payment',
  residence: 'report-residence-GB',
  email: 'report-email',
  declaration: 'report-declaration',
};

const RESIDENCE_CHOICES: ReadonlyArray<readonly [string, string]> = [
  ['IN', 'India'],
  ['GB', 'United Kingdom'],
  ['US', 'United States'],
  ['AU', 'Australia'],
  ['other', 'Somewhere else'],
];

const SCREEN_CHOICES: ReadonlyArray<readonly [(typeof SCREEN_ANSWERS)[number], string]> = [
  ['yes', 'Yes, a real organisation’s'],
  ['no', 'No'],
  ['unsure', 'I am not sure'],
];

export function ReportForm({ action, initialState, currencies, country, residence, currencyByCountry, today, mailEnabled, intro }: ReportFormProps) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  const summaryRef = useRef<HTMLDivElement>(null);
  const [descriptionLength, setDescriptionLength] = useState(values.description?.length ?? 0);
  const [currencyTouched, setCurrencyTouched] = useState(Boolean(values.lossCurrency));
  const currencyRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (state.status === 'invalid' || state.status === 'refused') summaryRef.current?.focus();
    else if (state.status === 'editing') document.getElementById(state.change ? FIELD_IDS[state.change] : 'report-number')?.focus();
  }, [state]);

  if (state.status === 'review' && state.review) {
    return <ReportReview state={state} formAction={formAction} pending={pending} />;
  }

  const errorList = REPORT_FIELDS.filter((field) => errors[field]);
  const selectedCountry = values.country ?? country;

  return (
    <>
      {intro}
      <form action={formAction} noValidate className="space-y-8" aria-describedby="report-privacy">
        {state.status === 'invalid' || state.status === 'refused' ? (
          <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="report-problem" className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900">
            <h2 id="report-problem" className="text-lg font-bold">There is a problem</h2>
            {state.message ? <p className="font-semibold">{state.message}</p> : null}
            {errorList.length > 0 ? (
              <>
                <p className="font-semibold">Please check {errorList.length === 1 ? 'this answer' : `these ${errorList.length} answers`}:</p>
                <ul className="mt-2 list-disc pl-5">
                  {errorList.map((field) => (
                    <li key={field}>
                      <a href={`#${FIELD_IDS[field]}`} className="text-red-900">{errors[field]}</a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}

        <HiddenGuards formToken={state.formToken} />

        <fieldset className="space-y-5 rounded-lg bg-white p-5 ring-1 ring-slate-200">
          <legend className="px-1 text-xl font-bold">The number</legend>
          <Field id="report-number" label="Phone number that contacted you" hint="In any format, as it appeared on your phone: +44 20 7946 0018, 020 7946 0018, (202) 555-0143…" error={errors.number}>
            {(describedBy, invalid) => (
              <input id="report-number" name="number" type="text" inputMode="tel" autoComplete="off" spellCheck={false} maxLength={250} required
                defaultValue={values.number ?? ''} aria-describedby={describedBy} aria-invalid={invalid} className={`${inputClass} font-mono`} />
            )}
          </Field>
          <Field id="report-country" label="Country of the number, if it has no +country code" error={errors.country}>
            {(describedBy, invalid) => (
              <select id="report-country" name="country" defaultValue={selectedCountry} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}
                onChange={(event) => {
                  const currency = currencyByCountry[event.target.value];
                  if (!currencyTouched && currency && currencyRef.current) currencyRef.current.value = currency;
                }}>
                <CountryOptions />
              </select>
            )}
          </Field>

          <fieldset aria-describedby={errors.channel ? 'report-channel-error' : undefined} className={`space-y-2 ${errors.channel ? 'border-l-4 border-red-700 pl-3' : ''}`}>
            <legend className="font-semibold">How did they contact you?</legend>
            <p id="report-channel-error" aria-live="polite" className="text-sm font-semibold text-red-800 empty:hidden">{errors.channel ?? ''}</p>
            <div className="grid gap-2 sm:grid-cols-2">
              {CHANNELS.map((channel) => (
                <label key={channel} className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input id={`report-channel-${channel}`} type="radio" name="channel" value={channel} defaultChecked={values.channel === channel} className="h-4 w-4" />
                  {CHANNEL_LABELS[channel]}
                </label>
              ))}
            </div>
          </fieldset>

          <Field id="report-caller-id" label="What did your screen show?" optional hint="A name shown instead of, or with, the number, such as “HDFC Bank” or “Amazon”." error={errors.callerIdName}>
            {(describedBy, invalid) => (
              <input id="report-caller-id" name="callerIdName" type="text" maxLength={CALLER_ID_MAX} autoComplete="off" defaultValue={values.callerIdName ?? ''}
                aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
            )}
          </Field>
          <fieldset aria-describedby={`report-screen-hint${errors.screenShowedOrganisation ? ' report-screen-error' : ''}`}
            className={`space-y-2 ${errors.screenShowedOrganisation ? 'border-l-4 border-red-700 pl-3' : ''}`}>
            <legend className="font-semibold">Did your screen show a real organisation’s number or name? <span className="font-normal text-slate-600">(optional)</span></legend>
            <p id="report-screen-hint" className="text-sm text-slate-600">
              Such as your bank’s real helpline or “Amazon”. Scammers fake these, so the organisation did not call you: this stops us blaming it.
            </p>
            <p id="report-screen-error" aria-live="polite" className="text-sm font-semibold text-red-800 empty:hidden">{errors.screenShowedOrganisation ?? ''}</p>
            <div className="flex flex-wrap gap-2">
              {SCREEN_CHOICES.map(([value, label]) => (
                <label key={value} className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input id={`report-screen-${value}`} type="radio" name="screenShowedOrganisation" value={value} defaultChecked={values.screenShowedOrganisation === value} className="h-4 w-4" />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <Field id="report-callback" label="Number they asked you to call back, message or pay" optional
            hint="If they gave you a different number: the scammer controls that one, while the number on your screen may have been faked." error={errors.callbackNumber}>
            {(describedBy, invalid) => (
              <input id="report-callback" name="callbackNumber" type="text" inputMode="tel" autoComplete="off" spellCheck={false} maxLength={250}
                defaultValue={values.callbackNumber ?? ''} aria-describedby={describedBy} aria-invalid={invalid} className={`${inputClass} font-mono`} />
            )}
          </Field>
        </fieldset>

        <fieldset className="space-y-5 rounded-lg bg-white p-5 ring-1 ring-slate-200">
          <legend className="px-1 text-xl font-bold">What happened</legend>
          <fieldset aria-describedby={errors.category ? 'report-category-error' : undefined} className={`space-y-2 ${errors.category ? 'border-l-4 border-red-700 pl-3' : ''}`}>
            <legend className="font-semibold">What kind of scam was it?</legend>
            <p id="report-category-error" aria-live="polite" className="text-sm font-semibold text-red-800 empty:hidden">{errors.category ?? ''}</p>
            <div className="space-y-4">
              {CATEGORY_GROUPS.map((group, index) => (
                <div key={group.label} role="group" aria-labelledby={`report-category-group-${index}`} className="space-y-2">
                  <p id={`report-category-group-${index}`} className="text-sm font-semibold uppercase tracking-wide text-slate-600">{group.label}</p>
                  <div className="grid gap-2 sm:grid-cols-2">
                    {group.categories.map((category) => (
                      <label key={category} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                        <input id={`report-category-${category}`} type="radio" name="category" value={category} defaultChecked={values.category === category}
                          aria-describedby={`report-category-${category}-hint`} className="h-4 w-4 shrink-0" />
                        <span className="font-medium">{CATEGORY_INFO[category].label}</span>
                      </label>
                    ))}
                  </div>
                  <details className="text-sm">
                    <summary className="inline-flex min-h-6 cursor-pointer items-center text-brand-700">What these mean</summary>
                    <dl className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3">
                      {group.categories.map((category) => (
                        <div key={category}>
                          <dt className="font-semibold">{CATEGORY_INFO[category].label}</dt>
                          <dd id={`report-category-${category}-hint`} className="text-slate-700">{CATEGORY_INFO[category].description}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                </div>
              ))}
            </div>
          </fieldset>

          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="report-date" label="Date" hint="When the call or message came." error={errors.occurredOn}>
              {(describedBy, invalid) => (
                <input id="report-date" name="occurredOn" type="date" max={today} required defaultValue={values.occurredOn ?? today}
                  aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
              )}
            </Field>
            <Field id="report-time" label="Time" optional error={errors.occurredTime}>
              {(describedBy, invalid) => (
                <input id="report-time" name="occurredTime" type="time" defaultValue={values.occurredTime ?? ''}
                  aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
              )}
            </Field>
          </div>

          <Field id="report-description" label="What happened?" error={errors.description}
            hint={<>Who they said they were, what they asked for, and what you did. Please leave out your own name, card, account or ID numbers and codes: we remove any we find before publishing. At least {DESCRIPTION_MIN} characters.</>}>
            {(describedBy, invalid) => (
              <>
                <textarea id="report-description" name="description" rows={7} maxLength={DESCRIPTION_MAX} required defaultValue={values.description ?? ''}
                  onChange={(event) => setDescriptionLength(event.target.value.length)}
                  aria-describedby={`${describedBy ?? ''} report-description-count`.trim()} aria-invalid={invalid} className={inputClass} />
                <p id="report-description-count" className="text-right text-sm text-slate-600">
                  {descriptionLength.toLocaleString('en')} of {DESCRIPTION_MAX.toLocaleString('en')} characters
                </p>
              </>
            )}
          </Field>
        </fieldset>

        <fieldset className="space-y-5 rounded-lg bg-white p-5 ring-1 ring-slate-200">
          <legend className="px-1 text-xl font-bold">Did you lose money?</legend>
          <p className="text-slate-700">Leave these empty if you did not. If you did, call your bank now if you have not yet.</p>
          <div className="grid gap-5 sm:grid-cols-3">
            <Field id="report-amount" label="Amount" optional error={errors.lossAmount}>
              {(describedBy, invalid) => (
                <input id="report-amount" name="lossAmount" type="text" inputMode="decimal" autoComplete="off" maxLength={30} defaultValue={values.lossAmount ?? ''}
                  aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
              )}
            </Field>
            <Field id="report-currency" label="Currency" error={errors.lossCurrency}>
              {(describedBy, invalid) => (
                <select id="report-currency" ref={currencyRef} name="lossCurrency" defaultValue={values.lossCurrency || currencyByCountry[selectedCountry] || 'USD'}
                  onChange={() => setCurrencyTouched(true)} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
                  {currencies.map((option) => (
                    <option key={option.value} value={option.value}>{option.label}</option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="report-payment" label="How did you pay?" optional error={errors.paymentMethod}>
              {(describedBy, invalid) => (
                <select id="report-payment" name="paymentMethod" defaultValue={values.paymentMethod ?? ''} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
                  <option value="">Choose…</option>
                  {PAYMENT_METHODS.map((method) => (
                    <option key={method} value={method}>{PAYMENT_METHOD_LABELS[method]}</option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </fieldset>

        <fieldset className="space-y-5 rounded-lg bg-white p-5 ring-1 ring-slate-200">
          <legend className="px-1 text-xl font-bold">About you</legend>
          <fieldset aria-describedby={`report-residence-hint${errors.residence ? ' report-residence-error' : ''}`} className={`space-y-2 ${errors.residence ? 'border-l-4 border-red-700 pl-3' : ''}`}>
            <legend className="font-semibold">Where do you live?</legend>
            <p id="report-residence-hint" className="text-sm text-slate-600">So that we show you where to report it officially, and who to call about money lost.</p>
            <p id="report-residence-error" aria-live="polite" className="text-sm font-semibold text-red-800 empty:hidden">{errors.residence ?? ''}</p>
            <div className="flex flex-wrap gap-2">
              {RESIDENCE_CHOICES.map(([value, label]) => (
                <label key={value} className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input id={`report-residence-${value}`} type="radio" name="residence" value={value} defaultChecked={(values.residence ?? residence) === value} className="h-4 w-4" />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <Field id="report-email" label="Your email" optional error={errors.email}
            hint={mailEnabled
              ? 'We email you a receipt with your reference, and the moderator’s decision. Only our moderators see it. It is never shown publicly or shared.'
              : 'This site sends no email, not even a receipt: only our moderators see your address, and only to ask you about this report. It is never shown publicly or shared.'}>
            {(describedBy, invalid) => (
              <input id="report-email" name="email" type="email" autoComplete="email" maxLength={EMAIL_MAX} defaultValue={values.email ?? ''}
                aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
            )}
          </Field>
          <div className={errors.declaration ? 'border-l-4 border-red-700 pl-3' : ''}>
            <p id="report-declaration-error" aria-live="polite" className="text-sm font-semibold text-red-800 empty:hidden">{errors.declaration ?? ''}</p>
            <label className="flex gap-3">
              <input id="report-declaration" type="checkbox" name="declaration" value="on" defaultChecked={values.declaration === 'on'} required
                aria-describedby={errors.declaration ? 'report-declaration-error' : undefined} aria-invalid={Boolean(errors.declaration)} className="mt-1 h-5 w-5 shrink-0" />
              <span>
                This report is true to the best of my knowledge. I agree that it may be published, without my personal details, after a
                moderator has read it.
              </span>
            </label>
          </div>
        </fieldset>

        <div className="space-y-3">
          {state.proof ? <input type="hidden" name="altcha" value={state.proof} /> : <ProofOfWork key={state.attempt} />}
          <noscript>
            <p className="text-sm text-slate-600">JavaScript is off: your report will still be received, and checked a little more carefully before it is published.</p>
          </noscript>
          <p id="report-privacy" className="text-sm text-slate-600">
            Your internet address is kept only as a scrambled code, to stop abuse. Nothing is published until a moderator has read it.
          </p>
          <p className="text-sm text-slate-600">Next, you can check your answers before sending.</p>
          <button type="submit" name="intent" value="check" disabled={pending} className="rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
            {pending ? 'Checking…' : 'Continue'}
          </button>
        </div>
      </form>
    </>
  );
}
