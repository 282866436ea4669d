import { timingSafeEqual } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import type { CacheMessage } from '@/server/cache-bus';
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
  if ('all' in message) {
    revalidatePath('/', 'layout');
  } else if (Array.isArray(message.e164s)) {
    for (const e164 of message.e164s) if (typeof e164 === 'string' && NUMBER.test(e164)) revalidatePath(`/numbers/${e164}`);
    revalidatePath('/');
  }
  return new Response(null, { status: 204 });
}
