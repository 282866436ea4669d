import type { Measurement } from './load';
import type { SpikeCapacity, SpikeStep } from './spike';

export interface BenchResults {
  date: string;
  profile: string;
  engine: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  data: { reports: number; numbers: number; freshlyLoaded: boolean; loadSeconds: number; databaseMiB: number };
  buildSeconds: number | null;
  openMs: { clean: number; afterKill: number };
  rssMiB: { idleMiB: number; afterReadsMiB: number; peakMiB: number };
  /** The news spike's capacity on the app and on the bare baseline, in the same run. */
  spike: {
    seconds: number;
    limitMs: number;
    /** The step at the rate a spike must be answered at, and what it must achieve. */
    target: { rate: number; withinSecondPct: number; step: SpikeStep };
    app: SpikeCapacity;
    baseline: SpikeCapacity;
    peakRssMiB: number;
    webConcurrency: number;
  };
  durability: { acknowledged: number; acknowledgedInBurst: number; missing: number; duplicated: number };
  app: Measurement[];
  baseline: Measurement[];
  /** `npm run export` over the whole set: all four files, gzipped. */
  export: { seconds: number; maxRssMiB: number; reports: number; numbers: number; megabytes: number };
  totalSeconds: number;
}

/** The results as a Markdown table, with each route's throughput as a share of the bare baseline. */
export function formatTable(results: BenchResults): string {
  const baseline = new Map(results.baseline.map((m) => [m.name, m]));
  const lines = [
    `Profile ${results.profile}: ${results.data.reports.toLocaleString('en')} reports, ${results.data.numbers.toLocaleString('en')} numbers, ${results.engine}; ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}`,
    '',
    '| scenario | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | baseline req/s | app ÷ baseline |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const m of results.app) {
    const base = baseline.get(m.name);
    lines.push(
      `| ${m.name} | ${m.rps} | ${m.latency.p50} | ${m.latency.p90} | ${m.latency.p99} | ${m.latency.max} | ${m.errors + m.failures} | ${base ? base.rps : ''} | ${base ? (base.rps > 0 ? (m.rps / base.rps).toFixed(2) : '– (baseline answered nothing in time)') : ''} |`,
    );
  }
  const { durability } = results;
  lines.push(
    '',
    `- News spike (40 % unknown numbers, 50 % reported ones by a power law, 5 % partial searches, 5 % other pages and reports; ${results.spike.seconds} s a step, open loop): capacity at p99 ≤ ${results.spike.limitMs} ms with no error ${results.spike.app.capacity} req/s${results.spike.webConcurrency > 1 ? ` (WEB_CONCURRENCY=${results.spike.webConcurrency})` : ''}, baseline ${results.spike.baseline.capacity} req/s, app ÷ baseline ${results.spike.baseline.capacity ? (results.spike.app.capacity / results.spike.baseline.capacity).toFixed(2) : '–'}; peak RSS during the spike ${results.spike.peakRssMiB} MiB.`,
    spikeTargetLine(results.spike),
    `- Server memory (RSS): ${results.rssMiB.idleMiB} MiB idle, ${results.rssMiB.afterReadsMiB} MiB after the runs, peak ${results.rssMiB.peakMiB} MiB. Database: ${results.data.databaseMiB} MiB.`,
    `- Build: ${results.buildSeconds ?? 'skipped'} s. Scale set: ${results.data.freshlyLoaded ? `loaded in ${results.data.loadSeconds} s` : 'reused'}. Database open: ${results.openMs.clean} ms clean, ${results.openMs.afterKill} ms after SIGKILL.`,
    `- Downloads: ${results.export.reports.toLocaleString('en')} reports and ${results.export.numbers.toLocaleString('en')} numbers exported in ${results.export.seconds} s (${results.export.megabytes} MB gzipped, CSV and JSON Lines), peak memory ${results.export.maxRssMiB} MiB.`,
    `- SIGKILL during a burst of reports: ${durability.acknowledged} reports acknowledged in the run (${durability.acknowledgedInBurst} in the burst), ${durability.missing} missing after restart, ${durability.duplicated} stored twice.`,
  );
  return lines.join('\n');
}

function spikeTargetLine({ target, limitMs }: BenchResults['spike']): string {
  const { step } = target;
  const met = step.errors === 0 && step.latencyMs.p99 <= limitMs && step.withinSecondPct >= target.withinSecondPct;
  return (
    `- News spike offered at ${target.rate} req/s: ${step.withinSecondPct} % answered within 1 s, p99 ${step.latencyMs.p99} ms, ${step.errors} errors ` +
    `(target: ≥ ${target.withinSecondPct} % within 1 s, p99 ≤ ${limitMs} ms, no error: ${met ? 'met' : 'not met'}).`
  );
}
