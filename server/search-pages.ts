import type { IncomingMessage, ServerResponse } from 'node:http';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SearchResults } from '@/components/search/search-results';
import { fillTemplate, SEARCH_MARKS, searchTemplatePath } from '@/lib/page-template';
import { requestRegion } from '@/lib/region';
import { classifySearch } from '@/lib/search';
import { sendCachedPage, type PageCache, type PageCacheRule } from './page-cache';
import { filledPage, type PageTemplates } from './page-templates';
import { readSearchRequest, searchPart } from './search';

/**
 * Answers a search for part of a number from the search page's template (see
 * `lib/page-template.ts`): its query, the results rendered by React on its own, and a string
 * join; and keeps it in the page cache as long as `rule` says. False when Next.js must answer: a
 * whole number (a redirect), words that are not a number, or no search at all.
 */
export async function answerPartialSearch(
  req: IncomingMessage,
  res: ServerResponse,
  { rule, pages, templates }: { rule: PageCacheRule; pages: PageCache; templates: PageTemplates },
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/search' || rule.seconds === null) return false;
  const request = readSearchRequest(url.searchParams);
  const outcome = classifySearch(request.query, requestRegion(request.country, req.headers['accept-language']));
  const path = searchTemplatePath(request.country);
  if (outcome.kind !== 'partial' || templates.failing(path)) return false;
  const since = pages.generation;
  const search = await searchPart(request, outcome.digits);
  const template = await templates.get(path, SEARCH_MARKS);
  const results = renderToStaticMarkup(createElement(SearchResults, { search }));
  const answer = filledPage(template, fillTemplate(template.compiled, { query: request.query, digits: outcome.digits, results }), rule.seconds);
  pages.set(rule.key, answer, since);
  sendCachedPage(req, res, answer);
  return true;
}
