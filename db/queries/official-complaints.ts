import { sql } from 'drizzle-orm';
import type { OfficialSource } from '@/db/constants';
import { queryRows, type Db } from '../client';
import { officialComplaints, type NewOfficialComplaint } from '../schema';

/** Stores complaints not stored before; returns how many were new. */
export async function insertOfficialComplaints(db: Db, rows: NewOfficialComplaint[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(officialComplaints)
    .values(rows)
    .onConflictDoNothing({ target: [officialComplaints.source, officialComplaints.rowDigest] })
    .returning({ id: officialComplaints.id });
  return inserted.length;
}

export interface OfficialSummary {
  source: OfficialSource;
  complaints: number;
  firstReportedOn: string;
  lastReportedOn: string;
  robocalls: number;
  /** The subject most complaints gave, if any did. */
  topSubject: string | null;
}

/** What each official source says about a number, newest source first. */
export async function getOfficialSummaries(db: Db, e164: string): Promise<OfficialSummary[]> {
  return queryRows<OfficialSummary & Record<string, unknown>>(
    db,
    sql`
      SELECT c.source,
        count(*)::int AS complaints,
        min(c.reported_on)::text AS "firstReportedOn",
        max(c.reported_on)::text AS "lastReportedOn",
        count(*) FILTER (WHERE c.robocall)::int AS robocalls,
        (SELECT s.subject FROM official_complaints AS s
          WHERE s.e164 = ${e164} AND s.source = c.source AND s.subject IS NOT NULL
          GROUP BY s.subject ORDER BY count(*) DESC, s.subject LIMIT 1) AS "topSubject"
      FROM official_complaints AS c
      WHERE c.e164 = ${e164}
      GROUP BY c.source
      ORDER BY max(c.reported_on) DESC
    `,
  );
}
