import { describe, expect, it } from 'vitest';
import { adviseFor, helpHref, nextQuestion, readHelpAnswers } from './help';

describe('the help walk', () => {
  it('asks one question at a time, skipping what a missed call cannot answer', () => {
    expect(nextQuestion({})?.key).toBe('contact');
    expect(nextQuestion({ contact: 'call' })?.key).toBe('claimed');
    expect(nextQuestion({ contact: 'missed' })?.key).toBe('done');
    expect(nextQuestion({ contact: 'missed', done: 'no' })).toBeNull();
  });

  it('carries a valid number and residence through every step, and drops a bad one', () => {
    const answers = readHelpAnswers({ contact: 'missed', number: '+251 91 123 4567', where: 'gb' });
    expect(answers).toEqual({ contact: 'missed', number: '+251911234567', where: 'GB' });
    expect(helpHref(answers, { done: 'no' })).toBe('/help?contact=missed&done=no&number=%2B251911234567&where=GB');
    expect(adviseFor({ ...answers, done: 'no' }, 'GB').steps.at(-1)?.link?.href).toBe('/report?number=%2B251911234567');
    expect(readHelpAnswers({ number: '12ab', where: 'XX' })).toEqual({});
  });

  it('ignores unknown answers in the address', () => {
    expect(readHelpAnswers({ contact: 'missed', done: ['no', 'paid'], claimed: '<script>', extra: 'x' })).toEqual({ contact: 'missed', done: 'no' });
  });

  it('builds each step as a plain link', () => {
    expect(helpHref({ contact: 'call' }, { claimed: 'bank' })).toBe('/help?contact=call&claimed=bank');
    expect(helpHref({})).toBe('/help');
  });

  it('tells someone with a missed call from abroad, who paid nothing, not to call back', () => {
    const advice = adviseFor({ contact: 'missed', done: 'no' });
    expect(advice.urgent).toEqual([]);
    expect(advice.headline).toMatch(/Do not call back/);
    expect(advice.steps.map((s) => s.link?.href)).toContain('/guides/whatsapp-missed-calls-from-abroad');
  });

  it('sends someone who gave their bank’s caller an OTP to the bank at once', () => {
    const advice = adviseFor({ contact: 'call', claimed: 'bank', asked: 'code', done: 'shared' });
    expect(advice.urgent[0]?.text).toMatch(/Call your bank now/);
    expect(advice.urgent.map((s) => s.link?.href)).toContain('/guides/already-paid-what-now');
    expect(advice.headline).toMatch(/Nobody genuine asks for your codes/);
    expect(advice.steps.map((s) => s.link?.href)).toEqual(expect.arrayContaining(['/guides/never-share-codes-or-screen', '/guides/always-call-back-yourself']));
  });

  it('calls a “safe account” a scam outright', () => {
    expect(adviseFor({ contact: 'call', claimed: 'government', asked: 'move', done: 'no' }).headline).toMatch(/safe account/);
  });
});
