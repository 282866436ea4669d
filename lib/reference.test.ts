import { describe, expect, it } from 'vitest';
import { createReference, normalizeReference } from './reference';

describe('references', () => {
  it('look like SR-XXXX-XXXX in an unambiguous alphabet', () => {
    for (let i = 0; i < 200; i += 1) {
      expect(createReference()).toMatch(/^SR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
    expect(createReference('SD')).toMatch(/^SD-/);
  });

  it('are derived from the bytes given', () => {
    expect(createReference('SR', new Uint8Array([0, 0, 0, 0, 0]))).toBe('SR-0000-0000');
    expect(createReference('SR', new Uint8Array([255, 255, 255, 255, 255]))).toBe('SR-ZZZZ-ZZZZ');
  });

  it('read back however a person types them', () => {
    expect(normalizeReference('sr-4k7m-q2xd')).toBe('SR-4K7M-Q2XD');
    expect(normalizeReference(' SR 4K7M Q2XD ')).toBe('SR-4K7M-Q2XD');
    expect(normalizeReference('SR4K7MQ2XD')).toBe('SR-4K7M-Q2XD');
    expect(normalizeReference('SR-4K7M-Q2XO')).toBe('SR-4K7M-Q2X0');
    expect(normalizeReference('SR-4K7M-Q2XI')).toBe('SR-4K7M-Q2X1');
  });

  it('refuse anything else', () => {
    for (const value of ['', 'SR-4K7M', 'XX-4K7M-Q2XD', 'SR-4K7M-Q2XU', "SR-4K7M-Q2XD'; --", 42, null, ['SR-4K7M-Q2XD']]) {
      expect(normalizeReference(value)).toBeNull();
    }
  });
});
