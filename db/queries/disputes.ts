import { and, eq, sql } from 'drizzle-orm';
import type { DisputeStatus } from '@/db/constants';
import { AppError } from '@/lib/errors';
import type { ParsedPhone } from '@/lib/phone';
import { createReference } from '@/lib/reference';
import type { DisputeInput } from '@/lib/validation/dispute';
import type { Db } from '../client';
import { disputes, phoneNumbers } from '../schema';
import { recordAudit } from './audit';
import { spendChallenge } from './challenges';
import { claimSubmissionSlot } from './submissions';
import { ensurePhoneNumber } from './phone-numbers';

/** Statements from one address allowed per hour and per day. */
export const DISPUTE_RATE_LIMITS = { perHour: 3, perDay: 10 } as const;

export interface SubmitDisputeParams {
  phone: ParsedPhone;
  input: DisputeInput;
  submissionToken: string;
  ipHash: string | null;
  challengeId: string | null;
}

/**
 * Stores an owner's statement for staff review, in one transaction as for reports: token, limit,
 * challenge, number and statement. Nothing about the number changes until two staff uphold it.
 */
export async function submitDispute(db: Db, { phone, input, submissionToken, ipHash, challengeId }: SubmitDisputeParams): Promise<string> {
  try {
    return await db.transaction(async (t) => {
      const existing = await findDisputeByToken(t, submissionToken);
      if (existing) return existing;
      await claimSubmissionSlot(t, { table: 'disputes', ipHash, limits: DISPUTE_RATE_LIMITS });
      if (challengeId) await spendChallenge(t, challengeId);
      await ensurePhoneNumber(t, phone);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const [row] = await t
          .insert(disputes)
          .values({
            reference: createReference('SD'),
            e164: phone.e164,
            statement: input.statement,
            heldSince: input.heldSince,
            contact: input.contact,
            ipHash,
            verified: challengeId !== null,
            submissionToken,
          })
          .onConflictDoNothing()
          .returning({ reference: disputes.reference });
        if (row) return row.reference;
        const raced = await findDisputeByToken(t, submissionToken);
        if (raced) return raced;
      }
      throw new Error('Could not allocate a dispute reference');
    });
  } catch (error) {
    const raced = await findDisputeByToken(db, submissionToken);
    if (raced) return raced;
    throw error;
  }
}

export async function findDisputeByToken(db: Db, submissionToken: string): Promise<string | null> {
  const [row] = await db.select({ reference: disputes.reference }).from(disputes).where(eq(disputes.submissionToken, submissionToken)).limit(1);
  return row?.reference ?? null;
}

/** A dispute's state, for its owner's status check: nothing it contains. */
export async function getDisputeStatus(db: Db, reference: string): Promise<{ reference: string; status: DisputeStatus; e164: string; createdAt: Date } | null> {
  const [row] = await db
    .select({ reference: disputes.reference, status: disputes.status, e164: disputes.e164, createdAt: disputes.createdAt })
    .from(disputes)
    .where(eq(disputes.reference, reference))
    .limit(1);
  return row ?? null;
}

export async function listDisputesForReview(db: Db) {
  return db
    .select({
      id: disputes.id,
      reference: disputes.reference,
      e164: disputes.e164,
      status: disputes.status,
      statement: disputes.statement,
      heldSince: disputes.heldSince,
      contact: disputes.contact,
      verified: disputes.verified,
      decisionNote: disputes.decisionNote,
      proposedBy: disputes.proposedBy,
      createdAt: disputes.createdAt,
    })
    .from(disputes)
    .where(sql`${disputes.status} IN ('pending', 'awaiting_second_review')`)
    .orderBy(disputes.createdAt)
    .limit(100);
}

/**
 * Upheld statements about numbers not in the registry of genuine numbers: when the owner is an
 * organisation, staff can add its number from here.
 */
export async function listUpheldOutsideRegistry(db: Db) {
  return db
    .select({ id: disputes.id, reference: disputes.reference, e164: disputes.e164, decidedAt: disputes.decidedAt })
    .from(disputes)
    .where(and(eq(disputes.status, 'upheld'), sql`NOT EXISTS (SELECT 1 FROM verified_numbers AS v WHERE v.e164 = ${disputes.e164})`))
    .orderBy(sql`${disputes.decidedAt} desc`)
    .limit(20);
}

export type DisputeStep = 'propose' | 'confirm' | 'reject';

export interface ReviewDisputeParams {
  disputeId: number;
  step: DisputeStep;
  note: string | null;
  actor: { id: string; email: string };
}

/**
 * One step of the four-eyes review: a first member of staff proposes to uphold, a second,
 * different one confirms (the database refuses the same person twice); either may reject.
 * Upholding marks the number, which caps its public verdict.
 */
export async function reviewDispute(db: Db, { disputeId, step, note, actor }: ReviewDisputeParams): Promise<{ e164: string }> {
  return db.transaction(async (t) => {
    const [before] = await t.select().from(disputes).where(eq(disputes.id, disputeId)).for('update');
    if (!before) throw new AppError('NOT_FOUND', 'There is no such statement.');
    const expected: DisputeStatus[] = step === 'propose' ? ['pending'] : step === 'confirm' ? ['awaiting_second_review'] : ['pending', 'awaiting_second_review'];
    if (!expected.includes(before.status)) throw new AppError('CONFLICT', `This statement was already handled: it is ${before.status.replace(/_/g, ' ')}.`);
    if (step === 'confirm' && before.proposedBy === actor.id) {
      throw new AppError('FORBIDDEN', 'A second member of staff must confirm: you proposed this one.');
    }
    const change =
      step === 'propose'
        ? { status: 'awaiting_second_review' as const, proposedBy: actor.id, proposedAt: sql`now()` }
        : { status: step === 'confirm' ? ('upheld' as const) : ('rejected' as const), decidedBy: actor.id, decidedAt: sql`now()` };
    await t.update(disputes).set({ ...change, decisionNote: note ?? before.decisionNote, updatedAt: sql`now()` }).where(eq(disputes.id, disputeId));
    if (step === 'confirm') {
      // The owner's date of getting the number, once accepted, stops older reports counting.
      await t
        .update(phoneNumbers)
        .set({ disputeState: 'upheld', ...(before.heldSince ? { ownedSince: before.heldSince } : {}), updatedAt: sql`now()` })
        .where(eq(phoneNumbers.e164, before.e164));
    }
    await recordAudit(t, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: `dispute.${step}`,
      subjectType: 'dispute',
      subjectId: String(disputeId),
      before: { status: before.status },
      after: { status: change.status, note },
    });
    return { e164: before.e164 };
  });
}

/** The owner's statement a number page shows once staff upheld it. */
export async function getUpheldStatement(db: Db, e164: string): Promise<{ statement: string; decidedAt: Date | null } | null> {
  const [row] = await db
    .select({ statement: disputes.statement, decidedAt: disputes.decidedAt })
    .from(disputes)
    .where(and(eq(disputes.e164, e164), eq(disputes.status, 'upheld')))
    .orderBy(sql`${disputes.decidedAt} desc`)
    .limit(1);
  return row ?? null;
}
