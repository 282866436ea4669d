import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getDatabaseHandle } from '@/db/client';
import { CLIENT_IP_HEADER } from './ip';
import { metrics } from '@/server/metrics';
import { errorFields, logger } from '@/lib/logger';

/**
 * What every public API answer shares: JSON, open to any web page (CORS, GET only), an ETag and
 * a short shared cache life, a per-client rate limit told in the standard RateLimit headers,
 * and errors as `{ "error": { "code", "message" } }`, never a stack or an HTML page.
 */
export const API_RATE_LIMIT = { requests: 120, windowSeconds: 60 } as const;
const CACHE_SECONDS = 60;

const limiterKey = Symbol.for('scam-number-portal.api-limiter');
type GlobalWithLimiter = typeof globalThis & { [limiterKey]?: Promise<RateLimiterAbstract> };

/**
 * The clients' counts: in memory with the embedded database (one process), in PostgreSQL with
 * PostgreSQL, so that every instance counts the same requests. If PostgreSQL cannot answer, each
 * instance counts on its own for a while rather than refuse or fail the API.
 */
function limiter(): Promise<RateLimiterAbstract> {
  const global = globalThis as GlobalWithLimiter;
  global[limiterKey] ??= (async () => {
    const options = { points: API_RATE_LIMIT.requests, duration: API_RATE_LIMIT.windowSeconds };
    const { pool } = await getDatabaseHandle();
    if (!pool) return new RateLimiterMemory(options);
    return new RateLimiterPostgres({ ...options, storeClient: pool, tableName: 'api_rate_limits', tableCreated: true, keyPrefix: 'api', insuranceLimiter: new RateLimiterMemory(options) });
  })();
  return global[limiterKey];
}

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, RateLimit, RateLimit-Policy, Retry-After',
  'Access-Control-Max-Age': '86400',
} as const;

/** The answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

const secondsToReset = (state: RateLimiterRes) => Math.max(1, Math.ceil(state.msBeforeNext / 1000));

function rateLimitHeaders(state: RateLimiterRes): Record<string, string> {
  const reset = secondsToReset(state);
  return {
    'RateLimit-Policy': `${API_RATE_LIMIT.requests};w=${API_RATE_LIMIT.windowSeconds}`,
    RateLimit: `limit=${API_RATE_LIMIT.requests}, remaining=${Math.max(0, state.remainingPoints)}, reset=${reset}`,
  };
}

export function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store', ...headers } });
}

/**
 * Runs an API handler for one request: counts it against the client's limit, and turns its
 * data into JSON with an ETag (answering 304 when the client has it already).
 */
export async function apiResponse(request: Request, handle: () => Promise<Response | unknown>): Promise<Response> {
  const client = request.headers.get(CLIENT_IP_HEADER) ?? 'unknown';
  let state: RateLimiterRes;
  try {
    state = await (await limiter()).consume(client);
  } catch (refused) {
    if (!(refused instanceof RateLimiterRes)) throw refused;
    metrics().refusals.inc({ reason: 'api_rate_limit' });
    const wait = secondsToReset(refused);
    return apiError(429, 'rate_limited', `Too many requests: at most ${API_RATE_LIMIT.requests} a minute. Try again in ${wait} s.`, {
      ...rateLimitHeaders(refused),
      'Retry-After': String(wait),
    });
  }
  const limitHeaders = rateLimitHeaders(state);
  let result: Response | unknown;
  try {
    result = await handle();
  } catch (error) {
    logger().error(errorFields(error), 'API request failed');
    return apiError(500, 'internal', 'Something went wrong on our side. Please try again later.', limitHeaders);
  }
  if (result instanceof Response) {
    for (const [name, value] of Object.entries(limitHeaders)) result.headers.set(name, value);
    return result;
  }
  const body = JSON.stringify(result);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { ...CORS_HEADERS, ...limitHeaders, ETag: etag, 'Cache-Control': `public, max-age=${CACHE_SECONDS}` };
  const known = request.headers.get('if-none-match')?.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (known?.includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
