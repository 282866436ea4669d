import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import type { ParsedPhone } from '@/lib/phone';
import type { Db } from '../client';
import { phoneNumbers, users, verifiedNumbers } from '../schema';
import { recordAudit } from './audit';
import { ensurePhoneNumber } from './phone-numbers';

/**
 * The registry of organisations' genuine numbers. Reads are public (a number's page names its
 * organisation); writes are staff-only, and callers check the role before calling them.
 */

export interface VerifiedActor {
  /** Null for the command line, which has no staff account. */
  id: string | null;
  label: string;
}

export interface AddVerifiedNumberParams {
  phone: ParsedPhone;
  organisation: string;
  sourceUrl: string;
  actor: VerifiedActor;
  /** The upheld owner's statement that led to the entry, if any. */
  disputeId?: number | null;
}

/** Adds a number to the registry, with its audit entry in the same transaction. */
export async function addVerifiedNumber(db: Db, { phone, organisation, sourceUrl, actor, disputeId = null }: AddVerifiedNumberParams): Promise<void> {
  await db.transaction(async (t) => {
    await ensurePhoneNumber(t, phone);
    const [row] = await t
      .insert(verifiedNumbers)
      .values({ e164: phone.e164, organisation, sourceUrl, verifiedBy: actor.id, verifiedByLabel: actor.label, disputeId })
      .onConflictDoNothing({ target: verifiedNumbers.e164 })
      .returning({ e164: verifiedNumbers.e164 });
    if (!row) throw new AppError('CONFLICT', `${phone.international} is already in the registry of genuine numbers.`);
    await recordAudit(t, {
      actorId: actor.id,
      actorLabel: actor.label,
      action: 'verified_number.add',
      subjectType: 'number',
      subjectId: phone.e164,
      after: { organisation, sourceUrl, disputeId },
    });
  });
}

export interface RemoveVerifiedNumberParams {
  e164: string;
  actor: VerifiedActor;
}

/** Takes a number out of the registry; the audit entry keeps what it said. */
export async function removeVerifiedNumber(db: Db, { e164, actor }: RemoveVerifiedNumberParams): Promise<void> {
  await db.transaction(async (t) => {
    const [before] = await t.delete(verifiedNumbers).where(eq(verifiedNumbers.e164, e164)).returning();
    if (!before) throw new AppError('NOT_FOUND', 'That number is not in the registry of genuine numbers.');
    await recordAudit(t, {
      actorId: actor.id,
      actorLabel: actor.label,
      action: 'verified_number.remove',
      subjectType: 'number',
      subjectId: e164,
      before: { organisation: before.organisation, sourceUrl: before.sourceUrl, verifiedBy: before.verifiedByLabel },
    });
  });
}

/** What a number's page and the API say of a genuine number: the organisation and its source. */
export async function getVerifiedNumber(db: Db, e164: string) {
  const [row] = await db
    .select({ organisation: verifiedNumbers.organisation, sourceUrl: verifiedNumbers.sourceUrl, verifiedAt: verifiedNumbers.verifiedAt })
    .from(verifiedNumbers)
    .where(eq(verifiedNumbers.e164, e164))
    .limit(1);
  return row ?? null;
}

/** The whole registry, for staff, with who verified each entry. */
export async function listVerifiedNumbers(db: Db) {
  return db
    .select({
      e164: verifiedNumbers.e164,
      organisation: verifiedNumbers.organisation,
      sourceUrl: verifiedNumbers.sourceUrl,
      verifiedByLabel: verifiedNumbers.verifiedByLabel,
      verifiedByEmail: users.email,
      verifiedAt: verifiedNumbers.verifiedAt,
      disputeId: verifiedNumbers.disputeId,
      reportCount: phoneNumbers.reportCount,
    })
    .from(verifiedNumbers)
    .innerJoin(phoneNumbers, eq(phoneNumbers.e164, verifiedNumbers.e164))
    .leftJoin(users, eq(users.id, verifiedNumbers.verifiedBy))
    .orderBy(asc(sql`lower(${verifiedNumbers.organisation})`), asc(verifiedNumbers.e164));
}
