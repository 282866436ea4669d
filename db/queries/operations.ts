import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client';

/** The periodic jobs whose last run the operators watch. */
export type OperationsJob = 'open-data-export' | 'backup' | 'retention';

/** Notes that a job ran (on any instance), with what it did, for the dashboard and the metrics. */
export async function recordJobRun(db: Db, job: OperationsJob, details: Record<string, unknown> = {}): Promise<void> {
  await db.execute(sql`
    INSERT INTO site_meta (key, value, updated_at)
    VALUES (${`last:${job}`}, ${JSON.stringify(details)}::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()
  `);
}

export interface JobRun {
  at: Date;
  details: Record<string, unknown>;
}

export interface OperationsStatus {
  pendingReports: number;
  oldestPendingAt: Date | null;
  databaseBytes: number;
  lastExportAt: Date | null;
  runs: Partial<Record<OperationsJob, JobRun>>;
}

/** What the operators watch: the queue, the database's size, and the last run of each job. */
export async function operationsStatus(db: Db): Promise<OperationsStatus> {
  const [queue] = await queryRows<{ pending: number; oldest: string | Date | null; bytes: string | number }>(
    db,
    sql`SELECT count(*)::int AS pending, min(created_at) AS oldest, pg_database_size(current_database()) AS bytes FROM reports WHERE status = 'pending'`,
  );
  const rows = await queryRows<{ key: string; value: Record<string, unknown>; updated_at: string | Date }>(db, sql`SELECT key, value, updated_at FROM site_meta WHERE key LIKE 'last:%'`);
  const runs: Partial<Record<OperationsJob, JobRun>> = {};
  for (const row of rows) runs[row.key.slice('last:'.length) as OperationsJob] = { at: new Date(row.updated_at), details: row.value };
  return {
    pendingReports: queue?.pending ?? 0,
    oldestPendingAt: queue?.oldest ? new Date(queue.oldest) : null,
    databaseBytes: Number(queue?.bytes ?? 0),
    lastExportAt: runs['open-data-export']?.at ?? null,
    runs,
  };
}
