import { logger } from '@/lib/logger';
import type { RetentionPolicy } from '@/lib/settings';
import type { Db } from './client';
import { scheduleDailyJob } from './daily-job';
import { applyRetention } from './queries/retention';

/** Runs the retention once a day from inside the server, on one instance (db/daily-job.ts). */
export function scheduleRetention(db: Db, policy: RetentionPolicy): () => void {
  return scheduleDailyJob(db, {
    job: 'retention',
    leaseMinutes: 30,
    run: async () => {
      const erased = await applyRetention(db, policy);
      logger().info({ erased }, 'retention: erased what was past its time');
    },
  });
}
