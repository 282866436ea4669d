import { listDumps } from '@/lib/open-data';
import type { Db } from '../client';
import { exportOpenData } from './open-data';

const HOUR = 60 * 60 * 1000;

/**
 * Keeps the downloads daily from inside the server: a dump at start if today has none, then a
 * look every hour. The server holds the embedded database, so nothing else could export while
 * it runs.
 */
export function scheduleDailyExport(db: Db, dir: string): () => void {
  let running = false;
  const exportIfDue = async () => {
    if (running || listDumps(dir)[0]?.date === new Date().toISOString().slice(0, 10)) return;
    running = true;
    const started = performance.now();
    try {
      const manifest = await exportOpenData(db, { dir });
      const rows = (name: string) => manifest.files.find((file) => file.name === name)?.rows.toLocaleString('en') ?? '0';
      console.log(`Open data: wrote the dump of ${manifest.date} (${rows('reports.csv.gz')} reports, ${rows('numbers.csv.gz')} numbers) in ${Math.round(performance.now() - started)} ms.`);
    } catch (error) {
      console.error('[open-data] the daily export failed; the next try is in an hour.', error);
    } finally {
      running = false;
    }
  };
  void exportIfDue();
  const timer = setInterval(() => void exportIfDue(), HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
