/**
 * A page that is the same for every visitor but for a few values can be rendered once through
 * Next.js, with marks where the values go (a template), and filled in for each visitor by the
 * server: its own part rendered by React on its own, and a string join. In a news spike nearly
 * every number looked up, and every partial search, is a first visit, and a whole render through
 * Next would cost several times the page's queries.
 *
 * Marks are plain ASCII (`0template-<name>`), so HTML, JSON and `encodeURIComponent` leave them
 * as they are. A mark may stand in the page's markup or in the data Next.js inlines for the
 * browser's React (`self.__next_f.push([1,"…"])`, a JSON row inside a JavaScript string), and each
 * place needs its value escaped its own way: `compileTemplate` finds which, once per template.
 * A `text` value is escaped in the markup; an `html` value is markup itself (React's own render),
 * and stands once in the markup and once in the data, as the `html` of a `RoutedHtml`.
 *
 * Two pages have templates:
 * - a number's page (`server/number-pages.ts`), in two kinds: one search engines may index (a
 *   number with published reports, or a verified one) and one they may not. Its address,
 *   `/numbers/+0template-indexed` (or `-unindexed`), is also its number mark, so every link and
 *   route value in the page follows it. No real number starts with `+0`, so no real address is
 *   ever read as a template. Its other marks are its title, description and content;
 * - the results of a partial search (`server/search-pages.ts`), one per country chosen in the
 *   form: the words searched, their digits, and the results.
 * The public server refuses every template's address.
 */
export type MarkKind = 'text' | 'html';
export type TemplateMarks = Record<string, MarkKind>;

export const NUMBER_TEMPLATE_KINDS = ['indexed', 'unindexed'] as const;
export type NumberTemplateKind = (typeof NUMBER_TEMPLATE_KINDS)[number];
export const NUMBER_MARKS = { title: 'text', description: 'text', content: 'html' } as const satisfies TemplateMarks;
export const SEARCH_MARKS = { query: 'text', digits: 'text', results: 'html' } as const satisfies TemplateMarks;

const NUMBER_TEMPLATE_PARAM = /^\+0template-(indexed|unindexed)$/;
const TEMPLATE_PATH = /^\/(?:numbers\/(?:\+|%2b)0template-|search\?(?:[^#]*&)?template=)/i;

type Place = 'markup' | 'inline-data';

export interface CompiledTemplate {
  /** The text between the marks: one more than `marks`. */
  texts: string[];
  /** `startsString`: the mark begins a string of the inline data (where React marks a leading `$`). */
  marks: { name: string; kind: MarkKind; place: Place; startsString: boolean }[];
}

/** What stands in the template where a value goes. */
export function mark(name: string): string {
  return `0template-${name}`;
}

/** The address of the number page's template of this kind. */
export function numberTemplatePath(kind: NumberTemplateKind): string {
  return `/numbers/+${mark(kind)}`;
}

/** The address of the partial search's template for a country chosen in the form (or none). */
export function searchTemplatePath(country: string | null): string {
  return `/search?template=1${country ? `&country=${country}` : ''}`;
}

/** Whether an address is a template's: the public server refuses these. */
export function isTemplatePath(url: string): boolean {
  return TEMPLATE_PATH.test(url);
}

/** The kind of number template an address parameter names, or null when it is not a template's. */
export function readNumberTemplateParam(raw: string): NumberTemplateKind | null {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return (NUMBER_TEMPLATE_PARAM.exec(text)?.[1] as NumberTemplateKind | undefined) ?? null;
}

const INLINE_DATA = /<script\b[^>]*>self\.__next_f\.push\(\[1,"(?:[^"\\]|\\.)*"\]\)<\/script>/g;

/**
 * Splits a rendered template at its marks, and notes for each whether it stands in the markup or
 * in the inline data. Throws when a mark is missing from the markup, or an `html` mark stands
 * anywhere but once in each: filling such a template would send a page without its content.
 */
export function compileTemplate(html: string, marks: TemplateMarks, label: string): CompiledTemplate {
  const names = Object.keys(marks).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`${mark('')}(${names.join('|')})`, 'g');
  const inlineData: [number, number][] = [];
  for (const script of html.matchAll(INLINE_DATA)) inlineData.push([script.index, script.index + script[0].length]);
  const compiled: CompiledTemplate = { texts: [], marks: [] };
  let last = 0;
  for (const found of html.matchAll(pattern)) {
    const before = html.slice(last, found.index);
    compiled.texts.push(before);
    const inData = inlineData.some(([start, end]) => found.index > start && found.index < end);
    // In the script a row's quote is `\"`, and a quote inside a row's string `\\\"`.
    const startsString = inData && before.endsWith('\\"') && !before.endsWith('\\\\\\"');
    compiled.marks.push({ name: found[1]!, kind: marks[found[1]!]!, place: inData ? 'inline-data' : 'markup', startsString });
    last = found.index + found[0].length;
  }
  compiled.texts.push(html.slice(last));
  const count = (name: string, place: Place) => compiled.marks.filter((m) => m.name === name && m.place === place).length;
  for (const [name, kind] of Object.entries(marks)) {
    if (kind === 'html' && (count(name, 'markup') !== 1 || count(name, 'inline-data') !== 1)) {
      throw new Error(`the template ${label} holds its ${name} mark ${count(name, 'markup')} times in its markup and ${count(name, 'inline-data')} in its data, not once in each`);
    }
    if (count(name, 'markup') === 0) throw new Error(`the template ${label} has no ${name} in its markup`);
  }
  return compiled;
}

/** The template's text with each mark replaced by its value, escaped for where it stands. */
export function fillTemplate(template: CompiledTemplate, values: Record<string, string>): string {
  let text = template.texts[0]!;
  template.marks.forEach(({ name, kind, place, startsString }, index) => {
    const value = values[name] ?? '';
    text += (place === 'inline-data' ? inInlineData(value, startsString) : kind === 'html' ? value : escapeHtml(value)) + template.texts[index + 1]!;
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
