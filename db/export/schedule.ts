import { listDumps } from '@/lib/open-data';
import type { Db } from '../client';
import { claimDailyJob, finishDailyJob } from '../queries/jobs';
import { exportOpenData } from './open-data';
import { errorFields, logger } from '@/lib/logger';

const HOUR = 60 * 60 * 1000;

/**
 * Keeps the downloads daily from inside the server: a dump at start if today has none, then a
 * look every hour. With several instances on one database, the one that claims the day's run
 * writes it (they must share OPEN_DATA_DIR, which /data serves).
 */
export function scheduleDailyExport(db: Db, dir: string): () => void {
  let running = false;
  const exportIfDue = async () => {
    const day = new Date().toISOString().slice(0, 10);
    if (running || listDumps(dir)[0]?.date === day) return;
    running = true;
    let claimed = false;
    const started = performance.now();
    try {
      // Every instance looks; the one that claims the day's run writes it.
      claimed = await claimDailyJob(db, { job: 'open-data-export', day, leaseMinutes: 60 });
      if (!claimed) return;
      const manifest = await exportOpenData(db, { dir });
      await finishDailyJob(db, { job: 'open-data-export', day, done: true });
      const rows = (name: string) => manifest.files.find((file) => file.name === name)?.rows.toLocaleString('en') ?? '0';
      logger().info({ date: manifest.date, reports: rows('reports.csv.gz'), numbers: rows('numbers.csv.gz'), ms: Math.round(performance.now() - started) }, 'open data: wrote the daily dump');
    } catch (error) {
      logger().error(errorFields(error), 'open data: the daily export failed; the next try is in an hour');
      if (claimed) await finishDailyJob(db, { job: 'open-data-export', day, done: false }).catch(() => {});
    } finally {
      running = false;
    }
  };
  void exportIfDue();
  const timer = setInterval(() => void exportIfDue(), HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
