import { describe, expect, it } from 'vitest';
import { adviseFor } from './help';
import { officialChannelsFor, residenceFor } from './official-channels';

describe('officialChannelsFor', () => {
  it('gives the channels of where the person lives, fitted to how they were contacted and whether they lost money', () => {
    const call = officialChannelsFor('GB', { channel: 'phone_call', lost: true });
    expect(call.name).toBe('the United Kingdom');
    const names = call.channels.map((channel) => channel.name);
    expect(names).toContain('Report a scam call to 7726');
    expect(names).not.toContain('Forward scam texts to 7726');
    expect(names).toContain('Ask your bank to reimburse you');
    expect(call.channels.find((channel) => channel.name === 'Ask your bank to reimburse you')?.what).toMatch(/Financial Ombudsman/);

    const text = officialChannelsFor('GB', { channel: 'sms', lost: false }).channels.map((channel) => channel.name);
    expect(text).toContain('Forward scam texts to 7726');
    expect(text).not.toContain('Report a scam call to 7726');
    expect(text).not.toContain('Ask your bank to reimburse you');
  });

  it('falls back to general advice for a country without its own channels', () => {
    expect(officialChannelsFor(null)).toMatchObject({ country: null, name: 'your country' });
    expect(officialChannelsFor('FR')).toMatchObject({ country: null });
    expect(residenceFor('FR')).toBe('other');
    expect(residenceFor('IN')).toBe('IN');
  });
});

describe('adviseFor', () => {
  it('tells someone who paid whom to call where they live, not where their browser is set', () => {
    const paid = { contact: 'call', claimed: 'bank', asked: 'move', done: 'paid' } as const;
    expect(adviseFor(paid, 'GB').urgent[0]?.text).toMatch(/^Call 159 now/);
    expect(adviseFor(paid, 'IN').urgent[0]?.text).toMatch(/^Call 1930/);
    expect(adviseFor(paid, null).urgent[0]?.text).toMatch(/^Call your bank now, on the number on the back of your card/);
    expect(adviseFor(paid, 'US').urgent.map((step) => step.text).join(' ')).not.toMatch(/159|1930/);
  });
});
