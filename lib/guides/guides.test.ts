import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/db/constants';
import { getGuide, guideLinks, GUIDES, guidesForCategories, parseInline } from './index';

const STATIC_ROUTES = new Set(['/', '/report', '/numbers', '/reports', '/search', '/help', '/guides']);

describe('guides', () => {
  it('include the eight the portal promises, each with steps and sources', () => {
    expect(GUIDES.map((g) => g.slug)).toEqual([
      'caller-id-proves-nothing',
      'always-call-back-yourself',
      'coincidence-is-not-evidence',
      'whatsapp-missed-calls-from-abroad',
      'never-share-codes-or-screen',
      'protect-your-family',
      'already-paid-what-now',
      'my-number-is-being-spoofed',
    ]);
    for (const guide of GUIDES) {
      expect(guide.steps.length, guide.slug).toBeGreaterThanOrEqual(3);
      expect(guide.sources.length, guide.slug).toBeGreaterThanOrEqual(1);
      expect(guide.summary.length, guide.slug).toBeLessThan(200);
    }
  });

  it('link only to pages that exist', () => {
    for (const guide of GUIDES) {
      for (const href of guideLinks(guide)) {
        expect(href.startsWith('/'), `${guide.slug}: ${href} should be internal`).toBe(true);
        const slug = href.match(/^\/guides\/([a-z0-9-]+)$/)?.[1];
        expect(slug ? getGuide(slug) !== null : STATIC_ROUTES.has(href.split('?')[0]!), `${guide.slug} links to ${href}`).toBe(true);
      }
    }
  });

  it('keep sentences short enough for a reading age of about 12', () => {
    for (const guide of GUIDES) {
      const text = guide.sections.flatMap((s) => s.paragraphs).join(' ');
      const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
      const words = text.split(/\s+/).length;
      expect(words / sentences.length, guide.slug).toBeLessThan(22);
    }
  });

  it('name the seed articles as sources for their facts', () => {
    expect(getGuide('caller-id-proves-nothing')!.sources.map((s) => s.publisher)).toContain('Sophos Naked Security');
    expect(getGuide('whatsapp-missed-calls-from-abroad')!.sources.map((s) => s.publisher)).toContain('The Indian Express');
  });

  it('pick the guides that match a number’s kinds of scam', () => {
    expect(guidesForCategories(['task_job'])[0]?.slug).toBe('whatsapp-missed-calls-from-abroad');
    expect(guidesForCategories(['bank_impersonation']).map((g) => g.slug)).toContain('caller-id-proves-nothing');
    // The main kind of scam decides, even for a number reported for everything.
    expect(guidesForCategories(['task_job', 'bank_impersonation', 'investment', 'other'])[0]?.slug).toBe('whatsapp-missed-calls-from-abroad');
    expect(guidesForCategories(['bank_impersonation', 'task_job']).map((g) => g.slug)).not.toContain('already-paid-what-now');
    for (const category of CATEGORIES) expect(guidesForCategories([category]).length, category).toBeGreaterThan(0);
  });
});

describe('parseInline', () => {
  it('reads links and leaves everything else as text', () => {
    expect(parseInline('Read [this guide](/guides/x) now. <b>not bold</b>')).toEqual([
      { kind: 'text', text: 'Read ' },
      { kind: 'link', text: 'this guide', href: '/guides/x' },
      { kind: 'text', text: ' now. <b>not bold</b>' },
    ]);
  });
});
