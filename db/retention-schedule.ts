import { errorFields, logger } from '@/lib/logger';
import type { RetentionPolicy } from '@/lib/settings';
import type { Db } from './client';
import { claimDailyJob, finishDailyJob } from './queries/jobs';
import { applyRetention } from './queries/retention';

const HOUR = 60 * 60 * 1000;

/**
 * Runs the retention once a day from inside the server: at start if today's run is not done,
 * then a look every hour. With several instances on one database, the one that claims the day's
 * run does it.
 */
export function scheduleRetention(db: Db, policy: RetentionPolicy): () => void {
  let running = false;
  const runIfDue = async () => {
    if (running) return;
    running = true;
    const day = new Date().toISOString().slice(0, 10);
    let claimed = false;
    try {
      claimed = await claimDailyJob(db, { job: 'retention', day, leaseMinutes: 30 });
      if (!claimed) return;
      const erased = await applyRetention(db, policy);
      await finishDailyJob(db, { job: 'retention', day, done: true });
      logger().info({ erased }, 'retention: erased what was past its time');
    } catch (error) {
      logger().error(errorFields(error), 'retention failed; the next try is in an hour');
      if (claimed) await finishDailyJob(db, { job: 'retention', day, done: false }).catch(() => {});
    } finally {
      running = false;
    }
  };
  void runIfDue();
  const timer = setInterval(() => void runIfDue(), HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
