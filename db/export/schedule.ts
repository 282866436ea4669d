import { logger } from '@/lib/logger';
import { listDumps } from '@/lib/open-data';
import type { Db } from '../client';
import { scheduleDailyJob } from '../daily-job';
import { exportOpenData } from './open-data';

/**
 * Keeps the downloads daily from inside the server (db/daily-job.ts). With several instances on
 * one database, they must share OPEN_DATA_DIR, which /data serves.
 */
export function scheduleDailyExport(db: Db, dir: string): () => void {
  return scheduleDailyJob(db, {
    job: 'open-data-export',
    leaseMinutes: 60,
    doneToday: (day) => listDumps(dir)[0]?.date === day,
    run: async () => {
      const started = performance.now();
      const manifest = await exportOpenData(db, { dir });
      const rows = (name: string) => manifest.files.find((file) => file.name === name)?.rows.toLocaleString('en') ?? '0';
      logger().info({ date: manifest.date, reports: rows('reports.csv.gz'), numbers: rows('numbers.csv.gz'), ms: Math.round(performance.now() - started) }, 'open data: wrote the daily dump');
    },
  });
}
