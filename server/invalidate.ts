import { revalidatePath } from 'next/cache';
import { cacheBus, messageFor } from './cache-bus';
import { pageCache } from './page-cache';

/**
 * The one way to say that public data changed: the numbers' pages, the home page and the lists
 * render afresh on their next request, in Next's cache and in the server's page cache, in this
 * process and, through the cache bus, in every other one on the same database.
 */
export async function invalidateNumbers(e164s: Iterable<string>): Promise<void> {
  const numbers = [...new Set(e164s)];
  for (const e164 of numbers) {
    revalidatePath(`/numbers/${e164}`);
    pageCache().invalidate(`/numbers/${e164}`);
  }
  pageCache().invalidateLists();
  try {
    await cacheBus()?.publish(messageFor(numbers));
  } catch (error) {
    // The change is saved; the other instances keep their copies until their caches expire.
    console.error('[cache-bus] could not tell the other instances:', error instanceof Error ? error.message : error);
  }
}
