import { LINE_TYPES, type LineType } from '@/db/constants';
import type { ParsedPhone } from './phone';

/**
 * The page of a number nobody reported is the same for every number of one country and kind of
 * line, but for the number itself. The server renders it once per country and kind, with marks
 * where the number goes, and fills in each visitor's number: in a news spike most numbers looked
 * up were never reported, and each would otherwise cost a whole render.
 *
 * The marks are plain ASCII, so HTML, JSON and `encodeURIComponent` leave them as they are:
 * - `+0unreported-GB-mobile` stands for the E.164 number (its `+` may appear as `%2B`), and is
 *   also the template's own address, so every link and route value in the page follows it;
 * - `+0international-format` and `0national-format` stand for the two ways of writing it.
 * No real number starts with `+0`, so no real address is ever read as a template.
 */
const E164_MARK = /^\+0unreported-([A-Z]{2}|XX)-([a-z_]+)$/;
const INTERNATIONAL_MARK = '+0international-format';
const NATIONAL_MARK = '0national-format';
const NO_COUNTRY = 'XX';
const TEMPLATE_PATH = /^\/numbers\/(?:\+|%2b)0unreported-/i;

/** The address of the template for numbers of this country and kind of line. */
export function templatePath(phone: Pick<ParsedPhone, 'country' | 'lineType'>): string {
  return `/numbers/+${digitsMark(phone)}`;
}

/** Whether an address is a template's: the public server refuses these. */
export function isTemplatePath(pathname: string): boolean {
  return TEMPLATE_PATH.test(pathname);
}

/** The stand-in number the template renders, or null when the address is not a template's. */
export function readTemplateParam(raw: string): ParsedPhone | null {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const match = E164_MARK.exec(text);
  if (!match || !(LINE_TYPES as readonly string[]).includes(match[2]!)) return null;
  const country = match[1] === NO_COUNTRY ? null : (match[1] as ParsedPhone['country']);
  return { e164: text, country, callingCode: '0', international: INTERNATIONAL_MARK, national: NATIONAL_MARK, lineType: match[2] as LineType };
}

/** The template's text with this number in every place of the stand-in. */
export function fillTemplate(template: string, phone: ParsedPhone): string {
  const digits = digitsMark(phone);
  const values: Record<string, string> = { [digits]: phone.e164.slice(1), [INTERNATIONAL_MARK]: phone.international, [NATIONAL_MARK]: phone.national };
  const marks = new RegExp(`${escape(INTERNATIONAL_MARK)}|${escape(digits)}|${escape(NATIONAL_MARK)}`, 'g');
  return template.replace(marks, (mark) => values[mark]!);
}

function digitsMark(phone: Pick<ParsedPhone, 'country' | 'lineType'>): string {
  return `0unreported-${phone.country ?? NO_COUNTRY}-${phone.lineType}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
