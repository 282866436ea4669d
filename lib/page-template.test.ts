import { describe, expect, it } from 'vitest';
import { compileTemplate, fillTemplate, isTemplatePath, mark, NUMBER_MARKS, numberTemplatePath, readNumberTemplateParam, searchTemplatePath } from './page-template';

const TITLE_MARK = mark('title');
const DESCRIPTION_MARK = mark('description');
const CONTENT_MARK = mark('content');
const numberMarks = (kind: 'indexed' | 'unindexed') => ({ [kind]: 'text' as const, ...NUMBER_MARKS });

/** The data Next.js inlines for the browser: JSON rows in JavaScript strings, made safe in HTML as Next does it. */
function inlineData(rows: string): string {
  const escaped = JSON.stringify([1, rows]).replace(/[&<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script nonce="n">self.__next_f.push(${escaped})</script>`;
}

/** What the browser's React reads back from the page's inline data. */
function readInlineData(html: string): unknown[] {
  const rows = [...html.matchAll(/self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)/g)].map((match) => (JSON.parse(match[1]!) as [number, string])[1]).join('');
  return rows
    .split('\n')
    .filter(Boolean)
    .map((row) => JSON.parse(row.slice(row.indexOf(':') + 1)) as unknown);
}

/** A template shaped as Next.js renders the number page's: the marks in the markup and in the inline data. */
function renderedTemplate(kind: 'indexed' | 'unindexed'): string {
  const e164 = `+0template-${kind}`;
  return [
    `<html><head><title>${TITLE_MARK} · Scam numbers</title><meta name="description" content="${DESCRIPTION_MARK}"/>`,
    `<link rel="canonical" href="https://example.org/numbers/${e164}"/></head><body>`,
    `<main id="main"><div class="space-y-6">${CONTENT_MARK}</div></main>`,
    inlineData(`0:{"c":["","numbers","${e164}"],"k":"${encodeURIComponent(e164)}"}\n`),
    inlineData(`1:["$","div",null,{"className":"space-y-6","dangerouslySetInnerHTML":{"__html":"${CONTENT_MARK}"}}]\n`),
    inlineData(`2:[["$","title","0",{"children":"${TITLE_MARK} · Scam numbers"}],["$","meta","1",{"name":"description","content":"${DESCRIPTION_MARK}"}]]\n`),
    '</body></html>',
  ].join('');
}

describe('page templates', () => {
  it('has an address per kind, which reads back as that kind and never as a real number', () => {
    expect(numberTemplatePath('indexed')).toBe('/numbers/+0template-indexed');
    expect(readNumberTemplateParam(encodeURIComponent('+0template-unindexed'))).toBe('unindexed');
    expect(readNumberTemplateParam('+0template-indexed')).toBe('indexed');
    for (const raw of ['+61412345678', '%2B61412345678', '+0template-other', '+0template-indexed/dispute', '+0unreported-AU-mobile', '%E0%A4%A']) {
      expect(readNumberTemplateParam(raw), raw).toBeNull();
    }
    expect(isTemplatePath('/numbers/+0template-indexed')).toBe(true);
    expect(isTemplatePath('/numbers/%2b0template-unindexed?x=1')).toBe(true);
    expect(isTemplatePath('/numbers/+61412345678')).toBe(false);
    expect(isTemplatePath(searchTemplatePath('IN'))).toBe(true);
    expect(isTemplatePath('/search?q=1234&template=1')).toBe(true);
    expect(isTemplatePath('/search?q=template%3D1')).toBe(false);
  });

  it('fills each place with the value escaped as that place needs, so the browser reads back exactly the values', () => {
    const values = {
      e164: '+61412345678',
      title: '+61 412 345 678: "2 scam reports" <b>& more</b>',
      description: 'Likely a scam. It\u2028said: \'pay\' $5 & </script><script>alert(1)</script>',
      content: '<header><h1>+61 412 345 678</h1></header><p class="x">Tom &amp; Jerry’s “quote” \\ back\nslash</p>',
    };
    const filled = fillTemplate(compileTemplate(renderedTemplate('indexed'), numberMarks('indexed'), 'number'), { ...values, indexed: values.e164.slice(1) });

    expect(filled).toContain('<title>+61 412 345 678: &quot;2 scam reports&quot; &lt;b&gt;&amp; more&lt;/b&gt; · Scam numbers</title>');
    expect(filled).toContain('<meta name="description" content="Likely a scam. It\u2028said: &#x27;pay&#x27; $5 &amp; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"/>');
    expect(filled).toContain('<link rel="canonical" href="https://example.org/numbers/+61412345678"/>');
    expect(filled).toContain(`<div class="space-y-6">${values.content}</div>`);
    // Nothing a value holds ends a script early.
    expect(filled.match(/<\/script>/g)).toHaveLength(3);
    expect(filled).not.toContain('0template');

    const [route, content, metadata] = readInlineData(filled);
    expect(route).toEqual({ c: ['', 'numbers', '+61412345678'], k: '%2B61412345678' });
    expect(content).toEqual(['$', 'div', null, { className: 'space-y-6', dangerouslySetInnerHTML: { __html: values.content } }]);
    expect(metadata).toEqual([
      ['$', 'title', '0', { children: `${values.title} · Scam numbers` }],
      ['$', 'meta', '1', { name: 'description', content: values.description }],
    ]);
  });

  it('marks a value that starts a string with $ as React does, so it is not read as a reference', () => {
    const template = renderedTemplate('unindexed').replace('</body>', `${inlineData(`3:{"label":"Scam numbers: ${TITLE_MARK}"}\n`)}</body>`);
    const filled = fillTemplate(compileTemplate(template, numberMarks('unindexed'), 'number'), { unindexed: '441632960001', title: '$1 owed', description: 'd', content: '<p>c</p>' });
    const data = readInlineData(filled);
    expect(data[2]).toContainEqual(['$', 'title', '0', { children: '$$1 owed · Scam numbers' }]);
    expect(data[3]).toEqual({ label: 'Scam numbers: $1 owed' });
  });

  it('refuses a template whose content is not once in the markup and once in the data', () => {
    const template = renderedTemplate('indexed');
    expect(() => compileTemplate(template.replace(`__html\\":\\"${CONTENT_MARK}`, '__html\\":\\"'), numberMarks('indexed'), 'number')).toThrow(/content mark 1 times in its markup and 0/);
    expect(() => compileTemplate(template.replace('</main>', `${CONTENT_MARK}</main>`), numberMarks('indexed'), 'number')).toThrow(/content mark 2 times/);
    expect(() => compileTemplate(template, numberMarks('unindexed'), 'number')).toThrow(/no unindexed in its markup/);
  });
});
