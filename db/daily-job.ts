import { errorFields, logger } from '@/lib/logger';
import type { Db } from './client';
import { claimDailyJob, finishDailyJob } from './queries/jobs';

const HOUR = 60 * 60 * 1000;

interface DailyJob {
  /** The name its daily run is claimed under. */
  job: string;
  /** How long a claim holds before another instance may take a run whose holder died. */
  leaseMinutes: number;
  /** A cheap local look that says today's run is done already (no database needed). */
  doneToday?: (day: string) => boolean;
  run: (day: string) => Promise<void>;
}

/**
 * Runs a job once a day from inside the server: at start if today's run is not done, then a look
 * every hour. With several instances on one database, the one that claims the day's run does it;
 * a run that fails is given back, and tried again within the hour.
 */
export function scheduleDailyJob(db: Db, { job, leaseMinutes, doneToday = () => false, run }: DailyJob): () => void {
  let running = false;
  const runIfDue = async () => {
    const day = new Date().toISOString().slice(0, 10);
    if (running || doneToday(day)) return;
    running = true;
    let claimed = false;
    try {
      claimed = await claimDailyJob(db, { job, day, leaseMinutes });
      if (!claimed) return;
      await run(day);
      await finishDailyJob(db, { job, day, done: true });
    } catch (error) {
      logger().error({ ...errorFields(error), job }, `${job} failed; the next try is within an hour`);
      if (claimed) await finishDailyJob(db, { job, day, done: false }).catch(() => {});
    } finally {
      running = false;
    }
  };
  void runIfDue();
  const timer = setInterval(() => void runIfDue(), HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
