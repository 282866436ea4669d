import { desc, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { auditEvents, type NewAuditEvent } from '../schema';

/** Appends to the audit log. The database refuses any change to what is already there. */
export async function recordAudit(db: Db, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

export interface ListAuditParams {
  /** Show events older than this id (keyset). */
  before?: number | null;
  limit: number;
}

/** The audit log, newest first. Admins only: callers check the role. */
export async function listAuditEvents(db: Db, { before, limit }: ListAuditParams) {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(before ? lt(auditEvents.id, before) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), next: rows.length > limit ? rows[limit - 1]!.id : null };
}
