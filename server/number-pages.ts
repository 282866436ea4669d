import type { IncomingMessage, ServerResponse } from 'node:http';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NumberPageContent } from '@/components/numbers/number-page';
import { getDb } from '@/db/client';
import { isNumberKnown } from '@/db/queries/phone-numbers';
import { fillTemplate, NUMBER_MARKS, numberTemplatePath } from '@/lib/page-template';
import { describeNumberPage, loadNumberPage, readNumberParam, unknownNumberPage } from './numbers';
import { sendCachedPage, type PageCache } from './page-cache';
import { filledPage, type PageTemplates } from './page-templates';

const NUMBER_PAGE = /^\/numbers\/(\+[1-9]\d{5,14})$/;
/** As long as Next.js keeps a number page (its `revalidate`); a decision empties it sooner. */
const PAGE_SECONDS = 3_600;

/**
 * Answers a number's page from its template (see `lib/page-template.ts`): the page's queries,
 * its content rendered by React on its own, and a string join; instead of a whole render through
 * Next.js. The page is kept in the page cache like one Next rendered; but not the page of a
 * number the portal holds nothing about, which costs one indexed query and is not worth the memory.
 *
 * Answers `req` if it asks for the page of a number in its canonical spelling, keeping it under
 * `cacheKey`; false when Next.js must answer (another spelling, or not a number page).
 */
export async function answerNumberPage(req: IncomingMessage, res: ServerResponse, { cacheKey, pages, templates }: { cacheKey: string; pages: PageCache; templates: PageTemplates }): Promise<boolean> {
  const e164 = NUMBER_PAGE.exec(req.url ?? '')?.[1];
  if (!e164) return false;
  const parsed = readNumberParam(e164);
  if (parsed.kind !== 'canonical' || templates.failing(numberTemplatePath('indexed')) || templates.failing(numberTemplatePath('unindexed'))) return false;
  const since = pages.generation;
  const known = await isNumberKnown(await getDb(), e164);
  const page = known ? await loadNumberPage(parsed.phone) : unknownNumberPage(parsed.phone);
  const { title, description, indexed } = describeNumberPage(page);
  const kind = indexed ? 'indexed' : 'unindexed';
  const template = await templates.get(numberTemplatePath(kind), { [kind]: 'text', ...NUMBER_MARKS });
  const content = renderToStaticMarkup(createElement(NumberPageContent, { page }));
  const answer = filledPage(template, fillTemplate(template.compiled, { [kind]: e164.slice(1), title, description, content }), PAGE_SECONDS);
  if (known) pages.set(cacheKey, answer, since);
  sendCachedPage(req, res, answer);
  return true;
}
