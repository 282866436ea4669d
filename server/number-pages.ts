import { createHash } from 'node:crypto';
import http from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NumberPageContent } from '@/components/numbers/number-page';
import { getDb } from '@/db/client';
import { isNumberKnown } from '@/db/queries/phone-numbers';
import { compileTemplate, fillTemplate, templatePath, type CompiledTemplate, type TemplateKind } from '@/lib/number-template';
import { nonceableBody } from './content-security';
import { describeNumberPage, loadNumberPage, readNumberParam, unknownNumberPage } from './numbers';
import { sendCachedPage, type CachedPage, type PageCache } from './page-cache';
import { INTERNAL_HEADER, internalSecret } from './process-state';

/**
 * Answers a number's page from its template (see `lib/number-template.ts`): the page's queries,
 * its content rendered by React on its own, and a string join; instead of a whole render through
 * Next.js. The page is kept in the page cache like one Next rendered, but for a number the portal
 * holds nothing about, which costs one indexed query and is not worth the memory.
 *
 * The templates are rendered by Next.js itself, through this process's private port, so they are
 * exactly the page Next would render: the same layout, scripts and data for the browser.
 */
interface Template {
  compiled: CompiledTemplate;
  headers: OutgoingHttpHeaders;
  expiresAt: number;
}

const NUMBER_PAGE = /^\/numbers\/(\+[1-9]\d{5,14})$/;
const DROPPED_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'etag', 'strict-transport-security', 'x-nextjs-cache']);
/** Templates follow the code, not the data; an hour bounds how long one outlives a change of Next's own cache. */
const TEMPLATE_SECONDS = 3_600;
/** As long as Next.js keeps a number page (its `revalidate`); a decision empties it sooner. */
const PAGE_SECONDS = 3_600;
/** After a template could not be rendered, Next.js renders number pages for this long before the next try. */
const RETRY_SECONDS = 60;

export class NumberPages {
  private readonly templates = new Map<TemplateKind, Template>();
  private readonly rendering = new Map<TemplateKind, Promise<Template>>();
  private failedAt = -Infinity;

  /** `internalPort`: this process's private loopback port, which renders template addresses. */
  constructor(
    private readonly internalPort: () => number,
    private readonly pages: PageCache,
  ) {}

  /**
   * Answers `req` if it asks for the page of a number in its canonical spelling, keeping it under
   * `cacheKey`; false when Next.js must answer (another spelling, or not a number page).
   */
  async answer(req: IncomingMessage, res: ServerResponse, cacheKey: string): Promise<boolean> {
    const e164 = NUMBER_PAGE.exec(req.url ?? '')?.[1];
    if (!e164) return false;
    const parsed = readNumberParam(e164);
    if (parsed.kind !== 'canonical' || Date.now() - this.failedAt < RETRY_SECONDS * 1000) return false;
    const since = this.pages.generation;
    const known = await isNumberKnown(await getDb(), e164);
    const page = known ? await loadNumberPage(parsed.phone) : unknownNumberPage(parsed.phone);
    const { title, description, indexed } = describeNumberPage(page);
    const template = await this.template(indexed ? 'indexed' : 'unindexed');
    const content = renderToStaticMarkup(createElement(NumberPageContent, { page }));
    const html = Buffer.from(fillTemplate(template.compiled, { e164, title, description, content }));
    const etag = `"${createHash('sha1').update(html).digest('base64url')}"`;
    const answer: CachedPage = { status: 200, headers: { ...template.headers, etag }, body: nonceableBody(html), etag, expiresAt: Date.now() + PAGE_SECONDS * 1000 };
    if (known) this.pages.set(cacheKey, answer, since);
    sendCachedPage(req, res, answer);
    return true;
  }

  /** Forgets the templates (a new deployment's pages, or a full flush of the caches). */
  clear(): void {
    this.templates.clear();
  }

  private async template(kind: TemplateKind): Promise<Template> {
    const kept = this.templates.get(kind);
    if (kept && kept.expiresAt > Date.now()) return kept;
    let pending = this.rendering.get(kind);
    if (!pending) {
      pending = this.render(kind)
        .catch((error: unknown) => {
          this.failedAt = Date.now();
          throw error;
        })
        .finally(() => this.rendering.delete(kind));
      this.rendering.set(kind, pending);
    }
    const template = await pending;
    this.templates.set(kind, template);
    return template;
  }

  private render(kind: TemplateKind): Promise<Template> {
    const path = templatePath(kind);
    return new Promise((resolve, reject) => {
      const request = http.get(
        { host: '127.0.0.1', port: this.internalPort(), path, headers: { [INTERNAL_HEADER]: internalSecret(), 'accept-encoding': 'identity' } },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('error', reject);
          answer.on('end', () => {
            if (answer.statusCode !== 200) return reject(new Error(`the template ${path} answered ${answer.statusCode}`));
            const headers: OutgoingHttpHeaders = {};
            for (const [name, value] of Object.entries(answer.headers)) if (!DROPPED_HEADERS.has(name) && value !== undefined) headers[name] = value;
            headers.vary = [headers.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
            try {
              resolve({ compiled: compileTemplate(Buffer.concat(chunks).toString('utf8'), kind), headers, expiresAt: Date.now() + TEMPLATE_SECONDS * 1000 });
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      request.on('error', reject);
      request.setTimeout(15_000, () => request.destroy(new Error(`the template ${path} took longer than 15 s`)));
    });
  }
}
