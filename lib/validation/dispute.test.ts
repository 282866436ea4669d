import { describe, expect, it } from 'vitest';
import { disputeFieldErrors, disputeSchema } from './dispute';

const valid = { statement: 'This is my shop’s number. Strangers keep calling back about calls we never made.', declaration: 'on' };

describe('the dispute schema', () => {
  it('accepts a statement, with or without contact details', () => {
    expect(disputeSchema.safeParse(valid).data).toEqual({ statement: valid.statement, contact: null });
    expect(disputeSchema.safeParse({ ...valid, contact: ' owner@example.com ' }).data?.contact).toBe('owner@example.com');
  });

  it('gives each problem its own message', () => {
    const result = disputeSchema.safeParse({ statement: 'short', contact: ['x'], declaration: 'no' });
    expect(result.success).toBe(false);
    const errors = disputeFieldErrors(result.error!);
    expect(errors.statement).toMatch(/at least 20 characters/);
    expect(errors.contact).toMatch(/email address or phone number/);
    expect(errors.declaration).toMatch(/confirm that this is your number/);
  });

  it('refuses broken Unicode and overlong statements', () => {
    expect(disputeFieldErrors(disputeSchema.safeParse({ ...valid, statement: `${valid.statement}\ud800` }).error!).statement).toMatch(/cannot read/);
    expect(disputeFieldErrors(disputeSchema.safeParse({ ...valid, statement: 'x'.repeat(2_001) }).error!).statement).toMatch(/under 2,000/);
  });
});
