import { revalidatePath } from 'next/cache';
import { pageCache } from './page-cache';

/**
 * The one way to say that public data changed: the numbers' pages, the home page and the lists
 * render afresh on their next request, in Next's cache and in the server's page cache.
 */
export function invalidateNumbers(e164s: Iterable<string>): void {
  for (const e164 of new Set(e164s)) {
    revalidatePath(`/numbers/${e164}`);
    pageCache().invalidate(`/numbers/${e164}`);
  }
  pageCache().invalidateLists();
}
