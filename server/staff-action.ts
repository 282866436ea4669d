import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { getDb, type Db } from '@/db/client';
import type { StaffRole } from '@/db/constants';
import { isAppError } from '@/lib/errors';
import { echoFields, firstErrors, readFields } from '@/lib/validation/form';
import { invalidateNumbers } from './invalidate';
import { requireStaff, type Staff, type StaffGuardOptions } from './staff-guard';

/**
 * Every staff action's pipeline: the role check (an action is a public endpoint, whatever the
 * page showed), the parse, the change (whose query writes its audit entry in the same
 * transaction), the invalidation of the numbers it touched, and the answer. An expected failure
 * (an AppError) changes nothing and is told to the member of staff; anything else is a bug.
 */

export interface StaffContext {
  db: Db;
  staff: Staff;
}

export interface StaffOutcome {
  notice: string;
  /** Where to go next; by default back where the form came from. */
  to?: string;
  /** Numbers whose public pages the change affects. */
  invalidate?: Iterable<string>;
}

interface StaffActionOptions<Field extends string, Input> extends StaffGuardOptions {
  roles?: readonly StaffRole[];
  fields: readonly Field[];
  /** Fields sent more than once (checkboxes), read as lists. */
  lists?: readonly Field[];
  schema: z.ZodType<Input>;
  /** Where the form came from, from what was sent; answers return there. */
  back: (raw: Record<string, unknown>) => string;
  /** What to put back in the address after a refusal, so the form comes back as it was sent. */
  keep?: (raw: Record<string, unknown>) => Record<string, string>;
  /** What to say when a field is missing or wrong; otherwise the request was not understood. */
  messages?: Partial<Record<Field, string>>;
  run: (input: Input, context: StaffContext) => Promise<StaffOutcome>;
}

const NOT_UNDERSTOOD = 'That request was not understood; nothing was changed.';

/** A staff action answered by a redirect with a notice: for buttons and short forms. */
export function staffAction<Field extends string, Input>(options: StaffActionOptions<Field, Input>) {
  return async function act(formData: FormData): Promise<void> {
    const staff = await requireStaff(options.roles, options);
    const raw = readForm(formData, options.fields, options.lists);
    const back = options.back(raw);
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) redirect(withNotice(back, refusal(parsed.error, options.messages), options.keep?.(raw)));
    let outcome: StaffOutcome;
    try {
      outcome = await options.run(parsed.data, { db: await getDb(), staff });
    } catch (error) {
      if (!isAppError(error)) throw error;
      redirect(withNotice(back, error.message, options.keep?.(raw)));
    }
    if (outcome.invalidate) await invalidateNumbers(outcome.invalidate);
    redirect(withNotice(outcome.to ?? back, outcome.notice));
  };
}

export interface StaffFormState<Field extends string> {
  message?: string;
  fieldErrors?: Partial<Record<Field, string>>;
  /** Exactly what was sent, put back into the form after any problem. */
  values: Partial<Record<Field, string>>;
  /** Counts answers, so that the form takes the echoed values afresh after each one. */
  attempt: number;
  /** What a form that stays on the page after success shows: a secret link shown once, say. */
  done?: { notice: string; show: Record<string, string> };
}

interface StaffFormActionOptions<Field extends string, Input> {
  roles?: readonly StaffRole[];
  fields: readonly Field[];
  schema: z.ZodType<Input>;
  /** Largest echo of one field, in characters. */
  echoLimit: number;
  /** Goes on `to`, or stays on the page and shows `show` (which never goes into an address). */
  run: (input: Input, context: StaffContext) => Promise<StaffOutcome & ({ to: string } | { show: Record<string, string> })>;
}

/** A staff action whose form stays on screen after a problem, with every value as it was sent. */
export function staffFormAction<Field extends string, Input>(options: StaffFormActionOptions<Field, Input>) {
  return async function act(previous: StaffFormState<Field>, formData: FormData): Promise<StaffFormState<Field>> {
    const staff = await requireStaff(options.roles);
    const raw = readFields(formData, options.fields);
    const values = echoFields(raw, options.fields, options.echoLimit);
    const attempt = previous.attempt + 1;
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return { message: 'Nothing was saved. Please check the answers below.', fieldErrors: firstErrors<Field>(parsed.error), values, attempt };
    let outcome: StaffOutcome & ({ to: string } | { show: Record<string, string> });
    try {
      outcome = await options.run(parsed.data, { db: await getDb(), staff });
    } catch (error) {
      if (!isAppError(error)) throw error;
      return { message: error.message, values, attempt };
    }
    if (outcome.invalidate) await invalidateNumbers(outcome.invalidate);
    if ('show' in outcome) {
      // The page behind the form shows the change too (a new row in a list, say).
      refresh();
      return { values: {}, attempt, done: { notice: outcome.notice, show: outcome.show } };
    }
    redirect(withNotice(outcome.to, outcome.notice));
  };
}

/** An admin address with a notice (and any values to keep) added to its query string. */
export function withNotice(path: string, notice: string, keep: Record<string, string> = {}): string {
  const [pathname = '/admin', query = ''] = path.split('?');
  const search = new URLSearchParams(query);
  search.delete('notice');
  search.set('notice', notice);
  for (const [key, value] of Object.entries(keep)) search.set(key, value);
  return `${pathname}?${search.toString()}`;
}

function readForm(formData: FormData, fields: readonly string[], lists: readonly string[] = []): Record<string, unknown> {
  const raw = readFields(formData, fields.filter((field) => !lists.includes(field)));
  for (const field of lists) raw[field] = formData.getAll(field).filter((value) => typeof value === 'string');
  return raw;
}

/** A refinement's own message first, then the message for the first field at fault. */
function refusal(error: z.ZodError, messages: Partial<Record<string, string>> = {}): string {
  const custom = error.issues.find((issue) => issue.code === 'custom');
  if (custom) return custom.message;
  const field = error.issues.map((issue) => String(issue.path[0])).find((name) => messages[name]);
  return (field && messages[field]) || NOT_UNDERSTOOD;
}
