import http from 'node:http';
import type { BenchRequest } from './load';

/**
 * The news-spike scenario: an open loop in which each request leaves at its scheduled time,
 * whether or not earlier ones were answered, and its latency counts from that time. A server
 * that falls behind therefore shows it in its latency (no coordinated omission), and a request
 * that cannot even be sent on time is late by the time it is.
 */
export interface SpikeStep {
  /** Requests a second offered. */
  rate: number;
  seconds: number;
  sent: number;
  /** Answers 2xx, 3xx or 404 (a page that says a number is unknown is an answer). */
  answered: number;
  /** Answers 5xx or 429, connection errors and timeouts. */
  errors: number;
  /** The share of requests sent, in per cent, answered within a second of their slot. */
  withinSecondPct: number;
  latencyMs: { p50: number; p99: number; max: number };
}

export interface SpikeCapacity {
  /** The highest offered rate at which p99 stayed within the limit with no error; 0 if none. */
  capacity: number;
  limitMs: number;
  steps: SpikeStep[];
}

const TIMEOUT_MS = 10_000;

/** Offers `rate` requests a second for `seconds`, on the schedule, and measures each from its slot. */
export async function runOpenLoop(baseUrl: string, { rate, seconds, next }: { rate: number; seconds: number; next: () => BenchRequest }): Promise<SpikeStep> {
  const target = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1_024 });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let answered = 0;
  let withinSecond = 0;
  let errors = 0;
  const pending: Array<Promise<void>> = [];
  const started = performance.now() + 50;

  const send = (scheduled: number) =>
    new Promise<void>((resolve) => {
      const request = next();
      const done = (ok: boolean) => {
        const latency = performance.now() - scheduled;
        latencies.push(latency);
        if (ok) answered += 1;
        else errors += 1;
        if (ok && latency <= 1_000) withinSecond += 1;
        resolve();
      };
      const req = http.request(
        { host: target.hostname, port: target.port, path: request.path, method: request.method ?? 'GET', headers: request.headers, agent, timeout: TIMEOUT_MS },
        (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode !== undefined && res.statusCode < 500 && res.statusCode !== 429));
          res.on('error', () => done(false));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => done(false));
      req.end(request.body);
    });

  for (let i = 0; i < total; i += 1) {
    const scheduled = started + (i * 1_000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(scheduled));
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    rate,
    seconds,
    sent: total,
    answered,
    errors,
    withinSecondPct: Math.round((1_000 * withinSecond) / Math.max(1, total)) / 10,
    latencyMs: { p50: at(0.5), p99: at(0.99), max: Math.round(latencies.at(-1) ?? 0) },
  };
}

/**
 * Waits until the server has caught up with earlier load: five health checks in a row answered
 * within 25 ms (at most a minute). A step that began while the server still worked through the
 * previous scenario's backlog would measure that backlog, not the step.
 */
export async function waitUntilIdle(baseUrl: string): Promise<void> {
  const deadline = performance.now() + 60_000;
  let quick = 0;
  while (quick < 5 && performance.now() < deadline) {
    const started = performance.now();
    const ok = await fetch(new URL('/api/health', baseUrl)).then(
      async (response) => (await response.arrayBuffer(), response.ok),
      () => false,
    );
    quick = ok && performance.now() - started <= 25 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The capacity under the spike's mix: rates doubling from `from` while p99 stays within
 * `limitMs` with no error, then halving the gap between the last good rate and the first bad
 * one twice. Each step runs `seconds`, and starts once the server is idle again. The `target`
 * rate is measured too, if the search did not offer it: its step is the one a target is judged by.
 */
export async function findCapacity(
  baseUrl: string,
  { from, seconds, limitMs, target, next, onStep }: { from: number; seconds: number; limitMs: number; target?: number; next: () => BenchRequest; onStep?: (step: SpikeStep) => void },
): Promise<SpikeCapacity> {
  const capacity = await searchCapacity(baseUrl, { from, seconds, limitMs, next, onStep });
  if (target !== undefined && !capacity.steps.some((step) => step.rate === target)) {
    await waitUntilIdle(baseUrl);
    const step = await runOpenLoop(baseUrl, { rate: target, seconds, next });
    capacity.steps.push(step);
    onStep?.(step);
  }
  return capacity;
}

async function searchCapacity(
  baseUrl: string,
  { from, seconds, limitMs, next, onStep }: { from: number; seconds: number; limitMs: number; next: () => BenchRequest; onStep?: (step: SpikeStep) => void },
): Promise<SpikeCapacity> {
  const steps: SpikeStep[] = [];
  const passes = (step: SpikeStep) => step.errors === 0 && step.latencyMs.p99 <= limitMs;
  const run = async (rate: number) => {
    await waitUntilIdle(baseUrl);
    const step = await runOpenLoop(baseUrl, { rate, seconds, next });
    steps.push(step);
    onStep?.(step);
    return passes(step);
  };
  let good = 0;
  let bad = 0;
  for (let rate = from; rate <= 6_400; rate *= 2) {
    if (await run(rate)) good = rate;
    else {
      bad = rate;
      break;
    }
  }
  if (bad === 0) return { capacity: good, limitMs, steps };
  let low = good;
  let high = bad;
  for (let i = 0; i < 2; i += 1) {
    const middle = Math.round((low + high) / 2);
    if (middle <= low || middle >= high) break;
    if (await run(middle)) low = middle;
    else high = middle;
  }
  return { capacity: low, limitMs, steps };
}
