import { describe, expect, it } from 'vitest';
import { createDisputeSchema, type DisputeField } from './dispute';
import { firstErrors } from './form';

const disputeSchema = createDisputeSchema(new Date('2026-11-22T12:00:00Z'));
const disputeFieldErrors = (error: Parameters<typeof firstErrors>[0]) => firstErrors<DisputeField>(error);

const valid = { statement: 'This is my shop’s number. Strangers keep calling back about calls we never made.', declaration: 'on' };

describe('the dispute schema', () => {
  it('accepts a statement, with or without contact details', () => {
    expect(disputeSchema.safeParse(valid).data).toEqual({ statement: valid.statement, heldSince: null, contact: null });
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

  it('reads since when the owner has had the number, and refuses a date that cannot be', () => {
    expect(disputeSchema.safeParse({ ...valid, heldSince: '2025-03-14' }).data?.heldSince).toBe('2025-03-14');
    expect(disputeFieldErrors(disputeSchema.safeParse({ ...valid, heldSince: '2027-01-01' }).error!).heldSince).toMatch(/cannot be in the future/);
    expect(disputeFieldErrors(disputeSchema.safeParse({ ...valid, heldSince: '14/03/2025' }).error!).heldSince).toMatch(/for example 2025-03-14/);
    expect(disputeFieldErrors(disputeSchema.safeParse({ ...valid, heldSince: ['2025-03-14'] }).error!).heldSince).toMatch(/Enter the date/);
  });

  it('refuses broken Unicode and overlong statements', () => {
    expect(disputeFieldErrors(disputeSchema.safeParse({ ...valid, statement: `${valid.statement}\ud800` }).error!).statement).toMatch(/cannot read/);
    expect(disputeFieldErrors(disputeSchema.safeParse({ ...valid, statement: 'x'.repeat(2_001) }).error!).statement).toMatch(/under 2,000/);
  });
});
