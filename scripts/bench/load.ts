import autocannon from 'autocannon';

/** A request as autocannon builds it. */
export interface BenchRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface Scenario {
  name: string;
  /** One path, or a function giving the next request (distinct pages, submissions, a mix). */
  request: string | (() => BenchRequest);
  connections: number;
  /** Seconds; the run ends sooner when `amount` requests are done. */
  duration: number;
  amount?: number;
  /** Requests per second across all connections: an open loop, corrected for coordinated omission. */
  rate?: number;
  /** Seconds of the same requests first, in a closed loop, whose figures are thrown away. */
  warmup?: number;
  onResponse?: (status: number, headers: Record<string, string | string[] | undefined>) => void;
}

export interface Measurement {
  name: string;
  requests: number;
  rps: number;
  latency: { p50: number; p90: number; p99: number; max: number };
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers other than 2xx and 3xx. */
  failures: number;
  statuses: Record<string, number>;
}

/** Runs a scenario with autocannon in this process: a warm-up that is thrown away, then the run. */
export async function measure(baseUrl: string, scenario: Scenario): Promise<Measurement> {
  if (scenario.warmup) {
    await run(baseUrl, { ...scenario, duration: scenario.warmup, amount: undefined, rate: undefined });
  }
  const started = performance.now();
  const { result, lastAnswerAt } = await run(baseUrl, scenario);
  // autocannon reports its duration in whole seconds, and a run of a set number of requests ends
  // on its next whole second: short runs count to their last answer.
  const seconds = ((lastAnswerAt ?? performance.now()) - started) / 1000;
  const statuses: Record<string, number> = {};
  let failures = 0;
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {}) as Array<[string, { count: number }]>) {
    statuses[code] = count;
    if (!/^[23]/.test(code)) failures += count;
  }
  return {
    name: scenario.name,
    requests: result.requests.sent,
    rps: Math.round((result.requests.total / seconds) * 10) / 10,
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors + result.timeouts,
    failures,
    statuses,
  };
}

function run(baseUrl: string, scenario: Scenario): Promise<{ result: autocannon.Result; lastAnswerAt: number | null }> {
  const { request } = scenario;
  const options: autocannon.Options = {
    url: baseUrl,
    connections: scenario.connections,
    duration: scenario.duration,
    amount: scenario.amount,
    overallRate: scenario.rate,
    timeout: 30,
    requests:
      typeof request === 'string'
        ? [{ method: 'GET', path: request }]
        : [
            {
              setupRequest: (defaults) => {
                const next = request();
                return { ...defaults, method: next.method ?? 'GET', path: next.path, headers: next.headers ?? {}, body: next.body } as typeof defaults;
              },
              onResponse: scenario.onResponse ? (status, _body, _context, headers) => scenario.onResponse!(status, lowerCased(headers)) : undefined,
            },
          ],
  };
  return new Promise((resolve, reject) => {
    let lastAnswerAt: number | null = null;
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, lastAnswerAt })));
    instance.on('response', () => {
      lastAnswerAt = performance.now();
    });
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/** Starts a scenario and hands back a way to stop it early (for the SIGKILL test). */
export function start(baseUrl: string, scenario: Scenario): { stop: () => void; done: Promise<autocannon.Result> } {
  let instance: autocannon.Instance | null = null;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: baseUrl,
        connections: scenario.connections,
        duration: scenario.duration,
        amount: scenario.amount,
        timeout: 5,
        requests: [
          {
            setupRequest: (defaults) => {
              const next = (scenario.request as () => BenchRequest)();
              return { ...defaults, method: next.method ?? 'GET', path: next.path, headers: next.headers ?? {}, body: next.body } as typeof defaults;
            },
            onResponse: (status, _body, _context, headers) => scenario.onResponse?.(status, lowerCased(headers)),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  return { stop: () => instance?.stop(), done };
}

/** autocannon passes header names as the server spelled them. */
function lowerCased(headers: Record<string, string | string[] | undefined> | undefined): Record<string, string | string[] | undefined> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
}
