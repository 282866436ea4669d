import { describe, expect, it } from 'vitest';
import { issueFormToken } from '@/lib/form-token';
import { screenSubmission } from './submission-guard';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe('screenSubmission', () => {
  it('tells a form sent back too quickly apart from a robot, and keeps its token for the retry', async () => {
    const token = issueFormToken();
    expect(await screenSubmission(form({ formToken: token }))).toEqual({ outcome: 'too_fast', rawToken: token });
    expect(await screenSubmission(form({ formToken: token, website: 'http://spam.example' }))).toEqual({ outcome: 'robot' });
    expect(await screenSubmission(form({ formToken: 'forged' }))).toEqual({ outcome: 'expired' });
  });
});
