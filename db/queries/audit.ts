import type { Db } from '../client';
import { auditEvents, type NewAuditEvent } from '../schema';

/** Appends to the audit log. The database refuses any change to what is already there. */
export async function recordAudit(db: Db, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}
