import type { z } from 'zod';

/** Helpers every public form shares: read only its own fields, report errors, echo answers. */

/** The first message for each field. */
export function firstErrors<Field extends string>(error: z.ZodError): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const problem of error.issues) {
    const field = problem.path[0] as Field | undefined;
    if (field && !errors[field]) errors[field] = problem.message;
  }
  return errors;
}

/** Reads the named fields of a submitted form, first value of each; a file stays a non-string. */
export function readFields(formData: FormData, fields: readonly string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (value !== null) raw[field] = value;
  }
  return raw;
}

/** What to put back into the form: strings only, well-formed, and of bounded length. */
export function echoFields<Field extends string>(raw: Record<string, unknown>, fields: readonly Field[], maxLength: number): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = raw[field];
    if (typeof value === 'string') values[field] = value.slice(0, maxLength).toWellFormed();
  }
  return values;
}
