import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { getDb } from '@/db/client';
import { operationsStatus } from '@/db/queries/operations';

/**
 * The portal's metrics, in Prometheus's text format at `GET /metrics` (with
 * `Authorization: Bearer $METRICS_TOKEN`). Counters count what this process saw since it
 * started; Prometheus adds up the instances. The queue's state and the last export are read
 * from the database when scraped, so every instance gives the same answer.
 */
interface PoolState {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export interface Metrics {
  registry: Registry;
  /** PostgreSQL's pool, once the server hands it over (null on the embedded database). */
  pool: { current: PoolState | null };
  requestDuration: Histogram<'group' | 'method' | 'status'>;
  pageCache: Counter<'result'>;
  queryDuration: Histogram;
  reportsReceived: Counter<'form'>;
  reportsDecided: Counter<'outcome'>;
  refusals: Counter<'reason'>;
}

// Next's bundles and the custom server load this module separately; they share one registry.
const METRICS_KEY = Symbol.for('scam-number-portal.metrics');
type GlobalWithMetrics = typeof globalThis & { [METRICS_KEY]?: Metrics };

export function metrics(): Metrics {
  const global = globalThis as GlobalWithMetrics;
  global[METRICS_KEY] ??= createMetrics();
  return global[METRICS_KEY];
}

function createMetrics(): Metrics {
  const registry = new Registry();
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  const pool: Metrics['pool'] = { current: null };
  const made: Metrics = {
    registry,
    pool,
    requestDuration: new Histogram({ name: 'portal_http_request_duration_seconds', help: 'Time to answer a request, by kind of page.', labelNames: ['group', 'method', 'status'], buckets: seconds, registers: [registry] }),
    pageCache: new Counter({ name: 'portal_page_cache_requests_total', help: 'Public pages answered from the page cache (hit), from it after waiting for another request that rendered the page (shared), from a page template (template), or rendered (miss).', labelNames: ['result'], registers: [registry] }),
    queryDuration: new Histogram({ name: 'portal_db_query_duration_seconds', help: 'Time of a database statement outside a transaction.', buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5], registers: [registry] }),
    reportsReceived: new Counter({ name: 'portal_reports_received_total', help: 'Reports and owners’ statements stored, by form.', labelNames: ['form'], registers: [registry] }),
    reportsDecided: new Counter({ name: 'portal_reports_decided_total', help: 'Moderation decisions on reports, by outcome.', labelNames: ['outcome'], registers: [registry] }),
    refusals: new Counter({ name: 'portal_refusals_total', help: 'Requests refused: rate limits, proof-of-work failures and robots caught.', labelNames: ['reason'], registers: [registry] }),
  };
  new Gauge({
    name: 'portal_db_pool_connections',
    help: 'PostgreSQL pool connections by state (absent on the embedded database).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      if (!pool.current) return;
      this.set({ state: 'total' }, pool.current.totalCount);
      this.set({ state: 'idle' }, pool.current.idleCount);
      this.set({ state: 'waiting' }, pool.current.waitingCount);
    },
  });
  const status = { at: 0, value: null as Awaited<ReturnType<typeof operationsStatus>> | null };
  // One query per scrape at most, whichever of these gauges asks first.
  const current = async () => {
    if (!status.value || Date.now() - status.at > 1_000) {
      status.value = await operationsStatus(await getDb());
      status.at = Date.now();
    }
    return status.value;
  };
  new Gauge({
    name: 'portal_reports_pending',
    help: 'Reports waiting for a moderator.',
    registers: [registry],
    async collect() {
      this.set((await current()).pendingReports);
    },
  });
  new Gauge({
    name: 'portal_oldest_pending_report_age_seconds',
    help: 'How long the oldest waiting report has waited (0 when none waits).',
    registers: [registry],
    async collect() {
      const oldest = (await current()).oldestPendingAt;
      this.set(oldest ? (Date.now() - oldest.getTime()) / 1000 : 0);
    },
  });
  new Gauge({
    name: 'portal_open_data_export_timestamp_seconds',
    help: 'When the last daily open-data export was written (0: never).',
    registers: [registry],
    async collect() {
      const last = (await current()).lastExportAt;
      this.set(last ? last.getTime() / 1000 : 0);
    },
  });
  new Gauge({
    name: 'portal_open_data_export_age_seconds',
    help: 'How long ago the last open-data export was written (-1: never).',
    registers: [registry],
    async collect() {
      const last = (await current()).lastExportAt;
      this.set(last ? (Date.now() - last.getTime()) / 1000 : -1);
    },
  });
  return made;
}

/** The group a request's path belongs to, for the duration histogram: few values, no numbers. */
export function routeGroup(path: string): string {
  if (path.startsWith('/_next/')) return 'static';
  if (path === '/') return 'home';
  if (/^\/numbers\/[^/]+$/.test(path)) return 'number';
  if (path.startsWith('/numbers') || path.startsWith('/reports')) return 'list';
  if (path.startsWith('/search')) return 'search';
  if (path.startsWith('/report') || path.startsWith('/disputes') || /^\/numbers\/[^/]+\/dispute/.test(path)) return 'form';
  if (path.startsWith('/guides') || path.startsWith('/help')) return 'guide';
  if (path.startsWith('/admin') || path.startsWith('/login')) return 'staff';
  if (path.startsWith('/api/auth')) return 'auth';
  if (path.startsWith('/api/')) return 'api';
  if (path.startsWith('/feeds') || path.startsWith('/data') || path.startsWith('/sitemap')) return 'open-data';
  if (path.startsWith('/stats')) return 'stats';
  return 'other';
}
