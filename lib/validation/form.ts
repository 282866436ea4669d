import { z } from 'zod';

/** Helpers every public form shares: read only its own fields, report errors, echo answers. */

/** The first message for each field, from zod's own flattening. */
export function firstErrors<Field extends string>(error: z.ZodError): Partial<Record<Field, string>> {
  const { fieldErrors } = z.flattenError(error) as { fieldErrors: Partial<Record<Field, string[]>> };
  const errors: Partial<Record<Field, string>> = {};
  for (const [field, messages] of Object.entries(fieldErrors) as Array<[Field, string[] | undefined]>) {
    if (messages?.[0]) errors[field] = messages[0];
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
