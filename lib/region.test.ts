import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage, regionFromLanguages, requestRegion } from './region';

describe('regionFromLanguages', () => {
  it('takes the first language that names a region', () => {
    expect(regionFromLanguages(['en-GB', 'en'])).toBe('GB');
    expect(regionFromLanguages(['en', 'hi-IN'])).toBe('IN');
    expect(regionFromLanguages(['zh-Hant-TW'])).toBe('TW');
  });

  it('returns null when no language names a region', () => {
    expect(regionFromLanguages(['en', 'de'])).toBeNull();
    expect(regionFromLanguages(['not a tag', ''])).toBeNull();
    expect(regionFromLanguages(['es-419'])).toBeNull();
  });
});

describe('parseAcceptLanguage', () => {
  it('orders languages by preference', () => {
    expect(parseAcceptLanguage('en;q=0.5, en-IN, fr-FR;q=0.8')).toEqual(['en-IN', 'fr-FR', 'en']);
  });

  it('survives junk', () => {
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage(';;,*,x;q=abc,en-AU;q=0')).toEqual([]);
    expect(parseAcceptLanguage('a'.repeat(10_000)).length).toBe(1);
  });
});

describe('requestRegion', () => {
  it('takes the chosen country in any case, else the browser’s region, else the default', () => {
    expect(requestRegion(' in ', 'en-GB')).toBe('IN');
    expect(requestRegion('XX', 'en;q=0.5, en-AU')).toBe('AU');
    expect(requestRegion(null, ['de', 'hi-IN'])).toBe('IN');
    expect(requestRegion(undefined, undefined)).toBe('GB');
  });
});
