import { getDb } from '@/db/client';
import { searchNumbersByDigits } from '@/db/queries/phone-numbers';
import type { PartialSearch } from '@/components/search/search-results';
import { firstParam, pageParam } from '@/lib/params';
import { isSupportedRegion } from '@/lib/phone';

const PAGE_SIZE = 20;
const MAX_PAGES = 50;

/** What a search asks for, read from its query string. */
export interface SearchRequest {
  query: string;
  /** The country chosen in the form, if it is one the portal knows. */
  country: string | null;
  page: number;
}

/** Reads the search page's query string, as Next.js passes it or as the server parses it; a repeated parameter counts once. */
export function readSearchRequest(params: Record<string, string | string[] | undefined> | URLSearchParams): SearchRequest {
  const get = (name: string) => (params instanceof URLSearchParams ? (params.get(name) ?? undefined) : firstParam(params[name]));
  const chosen = get('country')?.toUpperCase();
  return { query: get('q')?.slice(0, 300) ?? '', country: isSupportedRegion(chosen) ? chosen : null, page: pageParam(get('page'), MAX_PAGES) };
}

/** The reported numbers that contain `digits`, a page of them. */
export async function searchPart(request: SearchRequest, digits: string): Promise<PartialSearch> {
  const results = await searchNumbersByDigits(await getDb(), { digits, page: request.page, pageSize: PAGE_SIZE });
  return { ...request, digits, results, pages: Math.min(MAX_PAGES, Math.ceil(results.total / PAGE_SIZE)) };
}
