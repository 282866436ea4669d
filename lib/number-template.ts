/**
 * A number's page is the same for every number but for its title, its description, its address
 * and the page's own content (`components/numbers/number-page.tsx`). The server renders the rest
 * once through Next.js, with marks in those places (a template), and fills each number's page in
 * with its content rendered by React on its own: in a news spike nearly every number looked up is
 * a first visit, and a whole render through Next would cost several times the page's queries.
 *
 * There are two templates: a page search engines may index (a number with published reports, or
 * a verified one) and one they may not. The marks are plain ASCII, so HTML, JSON and
 * `encodeURIComponent` leave them as they are:
 * - `+0template-indexed` (or `-unindexed`) is the template's own address, so every link and route
 *   value in the page follows it, and stands for the E.164 number (its `+` may appear as `%2B`);
 * - `0template-title`, `0template-description` and `0template-content` stand for the title, the
 *   description and the content.
 * No real number starts with `+0`, so no real address is ever read as a template.
 *
 * A mark may stand in the page's markup or in the data Next.js inlines for the browser's React
 * (`self.__next_f.push([1,"…"])`, a JSON row inside a JavaScript string), and each place needs the
 * value escaped its own way: `compileTemplate` finds which, once per template.
 */
export const TEMPLATE_KINDS = ['indexed', 'unindexed'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TITLE_MARK = '0template-title';
export const DESCRIPTION_MARK = '0template-description';
export const CONTENT_MARK = '0template-content';
const TEMPLATE_PARAM = /^\+0template-(indexed|unindexed)$/;
const TEMPLATE_PATH = /^\/numbers\/(?:\+|%2b)0template-/i;

/** What goes in a template's marks for one number. */
export interface TemplateValues {
  e164: string;
  title: string;
  description: string;
  /** The content's markup, as React renders it. */
  content: string;
}

type Mark = 'number' | 'title' | 'description' | 'content';
type Place = 'markup' | 'inline-data';

export interface CompiledTemplate {
  /** The text between the marks: one more than `marks`. */
  texts: string[];
  /** `startsString`: the mark begins a string of the inline data (where React marks a leading `$`). */
  marks: { mark: Mark; place: Place; startsString: boolean }[];
}

/** The address of the template of this kind. */
export function templatePath(kind: TemplateKind): string {
  return `/numbers/+0template-${kind}`;
}

/** Whether an address is a template's: the public server refuses these. */
export function isTemplatePath(pathname: string): boolean {
  return TEMPLATE_PATH.test(pathname);
}

/** The kind of template an address parameter names, or null when it is not a template's. */
export function readTemplateParam(raw: string): TemplateKind | null {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return (TEMPLATE_PARAM.exec(text)?.[1] as TemplateKind | undefined) ?? null;
}

const INLINE_DATA = /<script\b[^>]*>self\.__next_f\.push\(\[1,"(?:[^"\\]|\\.)*"\]\)<\/script>/g;

/**
 * Splits a rendered template at its marks, and notes for each whether it stands in the markup or
 * in the inline data. Throws when a mark the page needs is missing, or when the content stands
 * anywhere but once in each: filling such a template would send a page without its content.
 */
export function compileTemplate(html: string, kind: TemplateKind): CompiledTemplate {
  const numberMark = `0template-${kind}`;
  const marks = new RegExp(`${numberMark}|${TITLE_MARK}|${DESCRIPTION_MARK}|${CONTENT_MARK}`, 'g');
  const inlineData: [number, number][] = [];
  for (const script of html.matchAll(INLINE_DATA)) inlineData.push([script.index, script.index + script[0].length]);
  const compiled: CompiledTemplate = { texts: [], marks: [] };
  let last = 0;
  for (const found of html.matchAll(marks)) {
    const before = html.slice(last, found.index);
    compiled.texts.push(before);
    const inData = inlineData.some(([start, end]) => found.index > start && found.index < end);
    const mark: Mark = found[0] === numberMark ? 'number' : found[0] === TITLE_MARK ? 'title' : found[0] === DESCRIPTION_MARK ? 'description' : 'content';
    // In the script a row's quote is `\"`, and a quote inside a row's string `\\\"`.
    const startsString = inData && before.endsWith('\\"') && !before.endsWith('\\\\\\"');
    compiled.marks.push({ mark, place: inData ? 'inline-data' : 'markup', startsString });
    last = found.index + found[0].length;
  }
  compiled.texts.push(html.slice(last));
  const count = (mark: Mark, place: Place) => compiled.marks.filter((m) => m.mark === mark && m.place === place).length;
  if (count('content', 'markup') !== 1 || count('content', 'inline-data') !== 1) {
    throw new Error(`the template ${templatePath(kind)} holds its content mark ${count('content', 'markup')} times in its markup and ${count('content', 'inline-data')} in its data, not once in each`);
  }
  for (const mark of ['title', 'number'] as const) {
    if (count(mark, 'markup') === 0) throw new Error(`the template ${templatePath(kind)} has no ${mark} in its markup`);
  }
  return compiled;
}

/** The template's text with each mark replaced by its value, escaped for where it stands. */
export function fillTemplate(template: CompiledTemplate, values: TemplateValues): string {
  const digits = values.e164.slice(1);
  const forMarkup: Record<Mark, string> = { number: digits, title: escapeHtml(values.title), description: escapeHtml(values.description), content: values.content };
  let text = template.texts[0]!;
  template.marks.forEach(({ mark, place, startsString }, index) => {
    const value = place === 'markup' ? forMarkup[mark] : mark === 'number' ? digits : inInlineData(values[mark], startsString);
    text += value + template.texts[index + 1]!;
  });
  return text;
}

/** As React escapes text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!);
}

/**
 * A string value inside a JSON row that is itself a JavaScript string in a `<script>`: escaped
 * for JSON twice, then as Next.js makes a script's JSON safe in HTML (no `<`, `>`, `&` or line
 * separators as such).
 */
export function inInlineData(value: string, startsString: boolean): string {
  // React's data marks a string that starts with `$` by doubling it.
  const inRow = JSON.stringify(startsString && value.startsWith('$') ? `$${value}` : value).slice(1, -1);
  return JSON.stringify(inRow)
    .slice(1, -1)
    .replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
