import { timingSafeEqual } from 'node:crypto';
import type { CacheMessage } from '@/server/cache-bus';
import { revalidateNextPages } from '@/server/invalidate';
import { INTERNAL_HEADER, internalSecret } from '@/server/process-state';

export const dynamic = 'force-dynamic';

const NUMBER = /^\+[1-9]\d{5,14}$/;

/**
 * POST from this process's own server only (it holds the secret, and the public port refuses
 * the path): empties Next's cache as another instance's change says. Next can only be told from
 * inside a request, which is why this is a route.
 */
export async function POST(request: Request) {
  const given = Buffer.from(request.headers.get(INTERNAL_HEADER) ?? '');
  const secret = Buffer.from(internalSecret());
  if (given.length !== secret.length || !timingSafeEqual(given, secret)) return new Response(null, { status: 404 });
  let message: CacheMessage;
  try {
    message = (await request.json()) as CacheMessage;
  } catch {
    return new Response(null, { status: 400 });
  }
  if (!message || typeof message !== 'object') return new Response(null, { status: 400 });
  if ('all' in message) revalidateNextPages({ all: true });
  else if (Array.isArray(message.e164s)) revalidateNextPages({ e164s: message.e164s.filter((e164) => typeof e164 === 'string' && NUMBER.test(e164)) });
  return new Response(null, { status: 204 });
}
