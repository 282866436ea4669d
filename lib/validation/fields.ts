import { z } from 'zod';
import { parsePhone, type CountryCode, type ParsedPhone } from '../phone';
import { cleanText, visibleLength } from '../text';

/**
 * The building blocks of every form's schema. Each reads a field from `unknown` (a form value,
 * JSON or a CLI argument), so a value of the wrong type gets the same clear message as a
 * mistyped one, and "" counts as not answered.
 */

export const answered = (value: unknown) => value !== undefined && value !== null && value !== '';

/** A database id as a form sends it: digits only. */
export function idField() {
  return z.union([z.string().regex(/^\d{1,15}$/), z.number().int()]).transform(Number).pipe(z.number().int().positive());
}

/** A phone number in any spelling, normalised to E.164; national forms are read in `region`. */
export function phoneField(region: CountryCode | null, missing: string) {
  return z.unknown().optional().transform((value, ctx): ParsedPhone => {
    if (typeof value !== 'string' || value.trim() === '') {
      ctx.addIssue({ code: 'custom', message: missing });
      return z.NEVER;
    }
    const parsed = parsePhone(value, region);
    if (parsed.ok) return parsed.phone;
    ctx.addIssue({ code: 'custom', message: parsed.error.message });
    return z.NEVER;
  });
}

/** Like phoneField, but an empty answer is null. */
export function optionalPhoneField(region: CountryCode | null) {
  return z.unknown().optional().transform((value, ctx): ParsedPhone | null => {
    if (!answered(value)) return null;
    const parsed = typeof value === 'string' ? parsePhone(value, region) : null;
    if (parsed?.ok) return parsed.phone;
    ctx.addIssue({ code: 'custom', message: parsed?.error.message ?? 'Enter a phone number, or leave it empty.' });
    return z.NEVER;
  });
}

/** Free text that must be given, between `min` and `max` characters as a person counts them. */
export function requiredText({ min, max, missing, tooShort }: { min: number; max: number; missing: string; tooShort: string }) {
  return z.unknown().optional().transform((value, ctx): string => {
    if (typeof value !== 'string' || value.trim() === '') {
      ctx.addIssue({ code: 'custom', message: missing });
      return z.NEVER;
    }
    const cleaned = cleanText(value, { multiline: true });
    if (!cleaned.ok) ctx.addIssue({ code: 'custom', message: cleaned.message });
    else if (visibleLength(cleaned.text) < min) ctx.addIssue({ code: 'custom', message: tooShort });
    else if (visibleLength(cleaned.text) > max) {
      ctx.addIssue({ code: 'custom', message: `Please keep it under ${max.toLocaleString('en')} characters; it is ${visibleLength(cleaned.text).toLocaleString('en')}.` });
    } else return cleaned.text;
    return z.NEVER;
  });
}

/** An email address that may be left empty, lower-cased. */
export function emailField(max: number, wrong: string) {
  return z.unknown().optional().transform((value, ctx): string | null => {
    if (!answered(value)) return null;
    const parsed = typeof value === 'string' ? z.email().max(max).safeParse(value.trim()) : null;
    if (parsed?.success) return parsed.data.toLowerCase();
    ctx.addIssue({ code: 'custom', message: wrong });
    return z.NEVER;
  });
}

/** A time of day as HH:MM (seconds dropped), or null when left empty. */
export function timeField(wrong: string) {
  return z.unknown().optional().transform((value, ctx): string | null => {
    if (!answered(value)) return null;
    const match = typeof value === 'string' ? value.match(/^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/) : null;
    if (match) return `${match[1]}:${match[2]}`;
    ctx.addIssue({ code: 'custom', message: wrong });
    return z.NEVER;
  });
}

/** Free text that may be left empty (null), cleaned of control and direction characters. */
export function optionalText(label: string, max: number, { multiline = false } = {}) {
  return z.unknown().optional().transform((value, ctx): string | null => {
    if (!answered(value)) return null;
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: `${label} must be plain text.` });
      return z.NEVER;
    }
    const cleaned = cleanText(value, { multiline });
    if (!cleaned.ok) {
      ctx.addIssue({ code: 'custom', message: cleaned.message });
      return z.NEVER;
    }
    const length = visibleLength(cleaned.text);
    if (length > max) {
      ctx.addIssue({ code: 'custom', message: `${label} can be at most ${max.toLocaleString('en')} characters; it is ${length.toLocaleString('en')}.` });
      return z.NEVER;
    }
    return cleaned.text || null;
  });
}

/** One of a fixed list of answers; `missing` is said for no answer or an unknown one. */
export function choiceField<T extends string>(allowed: readonly T[], missing: string) {
  return z.unknown().optional().transform((value, ctx): T => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    ctx.addIssue({ code: 'custom', message: missing });
    return z.NEVER;
  });
}

/** Like choiceField, but an empty answer is null. */
export function optionalChoiceField<T extends string>(allowed: readonly T[], wrong: string) {
  return z.unknown().optional().transform((value, ctx): T | null => {
    if (!answered(value)) return null;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    ctx.addIssue({ code: 'custom', message: wrong });
    return z.NEVER;
  });
}

/** A calendar day (YYYY-MM-DD) no later than `latest` and no earlier than 1990. */
export function dateField({ latest, missing, optional = false }: { latest: string; missing: string; optional?: boolean }) {
  return z.unknown().optional().transform((value, ctx): string | null => {
    if (optional && !answered(value)) return null;
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      ctx.addIssue({ code: 'custom', message: missing });
      return z.NEVER;
    }
    if (value > latest) ctx.addIssue({ code: 'custom', message: 'The date cannot be in the future.' });
    else if (value < '1990-01-01') ctx.addIssue({ code: 'custom', message: 'Check the year: the date is too long ago.' });
    else return value;
    return z.NEVER;
  });
}

/** A ticked checkbox. */
export function checkboxField(missing: string) {
  return z.unknown().refine((value) => value === 'on' || value === 'true' || value === true, { message: missing });
}

/**
 * Parses each field of a shape on its own: every problem is found at once, and what did parse
 * is there for checks across fields even when another field failed.
 */
export function parseEach<Shape extends z.ZodRawShape>(shape: Shape, raw: Record<string, unknown>) {
  const values: Partial<{ [K in keyof Shape]: z.output<Shape[K]> }> = {};
  const issues: Array<{ field: keyof Shape & string; message: string }> = [];
  for (const field of Object.keys(shape) as Array<keyof Shape & string>) {
    const result = z.safeParse(shape[field]!, raw[field]);
    if (result.success) values[field] = result.data as z.output<Shape[typeof field]>;
    else for (const issue of result.error.issues) issues.push({ field, message: issue.message });
  }
  return { values, issues };
}
