import { describe, expect, it } from 'vitest';
import { fillTemplate, isTemplatePath, readTemplateParam, templatePath } from './number-template';
import { parsePhone, type ParsedPhone } from './phone';

function phone(text: string): ParsedPhone {
  const parsed = parsePhone(text, 'GB');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.phone;
}

describe('number templates', () => {
  it('has one address per country and kind of line, which reads back as a stand-in number', () => {
    const mobile = phone('+61 412 345 678');
    const path = templatePath(mobile);
    expect(path).toBe('/numbers/+0unreported-AU-mobile');
    expect(templatePath(phone('+61 487 654 321'))).toBe(path);
    expect(templatePath(phone('+61 2 9374 4000'))).not.toBe(path);

    const standIn = readTemplateParam(encodeURIComponent(path.slice('/numbers/'.length)));
    expect(standIn).toMatchObject({ e164: '+0unreported-AU-mobile', country: 'AU', lineType: 'mobile' });
    expect(readTemplateParam('+0unreported-XX-voip')).toMatchObject({ country: null, lineType: 'voip' });
  });

  it('never reads a real number, another route or a made-up kind of line as a template', () => {
    for (const raw of ['+61412345678', '%2B61412345678', '+0unreported-AU-spaceship', '+0unreported-au-mobile', '+0unreported-AU-mobile/dispute', '%E0%A4%A']) {
      expect(readTemplateParam(raw), raw).toBeNull();
    }
    expect(isTemplatePath('/numbers/+0unreported-AU-mobile')).toBe(true);
    expect(isTemplatePath('/numbers/%2b0unreported-AU-mobile?x=1')).toBe(true);
    expect(isTemplatePath('/numbers/+61412345678')).toBe(false);
  });

  it('puts the number in every place of the stand-in, in the form each place uses', () => {
    const standIn = readTemplateParam('+0unreported-AU-mobile')!;
    const rendered = [
      `<h1>${standIn.international}</h1>`,
      `<p>dial ${standIn.national}</p>`,
      `<a href="/numbers/${standIn.e164}/dispute">`,
      `<a href="/report?number=${encodeURIComponent(standIn.e164)}">`,
      JSON.stringify({ c: ['', 'numbers', standIn.e164], k: encodeURIComponent(standIn.e164), title: `${standIn.international}: no reports yet` }),
    ].join('\n');

    const filled = fillTemplate(rendered, phone('+61 412 345 678'));
    expect(filled).toBe(
      [
        '<h1>+61 412 345 678</h1>',
        '<p>dial 0412 345 678</p>',
        '<a href="/numbers/+61412345678/dispute">',
        '<a href="/report?number=%2B61412345678">',
        '{"c":["","numbers","+61412345678"],"k":"%2B61412345678","title":"+61 412 345 678: no reports yet"}',
      ].join('\n'),
    );
  });
});
