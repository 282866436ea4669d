import { revalidatePath } from 'next/cache';
import { cacheBus, messageFor, type CacheMessage } from './cache-bus';
import { applyToPageCache } from './page-cache';
import { errorFields, logger } from '@/lib/logger';

/**
 * The one way to say that public data changed: the numbers' pages, the home page and the lists
 * render afresh on their next request, in Next's cache and in the server's page cache, in this
 * process and, through the cache bus, in every other one on the same database.
 */
export async function invalidateNumbers(e164s: Iterable<string>): Promise<void> {
  const numbers = [...new Set(e164s)];
  revalidateNextPages({ e164s: numbers });
  applyToPageCache({ e164s: numbers });
  try {
    await cacheBus()?.publish(messageFor(numbers));
  } catch (error) {
    // The change is saved; the other instances keep their copies until their caches expire.
    logger().error(errorFields(error), 'could not tell the other instances about a change');
  }
}

/** Makes Next.js render afresh what a change touched; only from inside a request or an action. */
export function revalidateNextPages(message: CacheMessage): void {
  if ('all' in message) {
    revalidatePath('/', 'layout');
    return;
  }
  for (const e164 of message.e164s) revalidatePath(`/numbers/${e164}`);
  revalidatePath('/');
}
