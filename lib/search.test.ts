import { describe, expect, it } from 'vitest';
import { classifySearch } from './search';

describe('classifySearch', () => {
  it('recognises a whole number in any spelling', () => {
    for (const query of ['+91 98765 43210', '098765 43210', '0091-98765-43210', '919876543210', '＋９１９８７６５４３２１０']) {
      expect(classifySearch(query, 'IN')).toMatchObject({ kind: 'number', phone: { e164: '+919876543210' } });
    }
  });

  it('treats four or more digits that are not a whole number as a partial search', () => {
    expect(classifySearch('7946', 'GB')).toMatchObject({ kind: 'partial', digits: '7946' });
    expect(classifySearch('020 7946', 'GB')).toMatchObject({ kind: 'partial', digits: '207946' });
    expect(classifySearch('+44 20 79', 'US')).toMatchObject({ kind: 'partial', digits: '442079' });
    expect(classifySearch('0044 2079', 'US')).toMatchObject({ kind: 'partial', digits: '442079' });
  });

  it('explains why a partial search is not a whole number', () => {
    const outcome = classifySearch('020 7946', 'GB');
    expect(outcome.kind === 'partial' && outcome.problem.message).toMatch(/too short|not a valid/i);
  });

  it('refuses letters, hidden characters and too few digits with a specific message', () => {
    expect(classifySearch('12ab', 'GB')).toMatchObject({ kind: 'invalid', problem: { code: 'NOT_A_NUMBER' } });
    expect(classifySearch('\u202e7946 0018', 'GB')).toMatchObject({ kind: 'invalid', problem: { code: 'NOT_A_NUMBER' } });
    const short = classifySearch('123', 'GB');
    expect(short).toMatchObject({ kind: 'invalid', problem: { code: 'TOO_SHORT' } });
    expect(short.kind === 'invalid' && short.problem.message).toMatch(/at least 4 digits/);
  });

  it('handles empty and non-string input', () => {
    expect(classifySearch('', 'GB')).toEqual({ kind: 'empty' });
    expect(classifySearch('   ', 'GB')).toEqual({ kind: 'empty' });
    expect(classifySearch(undefined, 'GB')).toEqual({ kind: 'empty' });
    expect(classifySearch(['+442079460018'], 'GB')).toMatchObject({ kind: 'invalid' });
  });

  it('refuses more digits than any number has', () => {
    expect(classifySearch('1234567890123456789', 'GB')).toMatchObject({ kind: 'invalid' });
  });
});
