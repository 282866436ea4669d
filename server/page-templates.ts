import { createHash } from 'node:crypto';
import http from 'node:http';
import type { OutgoingHttpHeaders } from 'node:http';
import { compileTemplate, type CompiledTemplate, type TemplateMarks } from '@/lib/page-template';
import { nonceableBody } from './content-security';
import type { CachedPage } from './page-cache';
import { INTERNAL_HEADER, internalSecret } from './process-state';

/**
 * The pages' templates (see `lib/page-template.ts`), rendered by Next.js itself through this
 * process's private port, so that each is exactly the page Next would render: the same layout,
 * scripts and data for the browser. Kept an hour, or until the caches are emptied whole.
 */
export interface Template {
  compiled: CompiledTemplate;
  /** Next's headers for the page, less those of the connection and the body. */
  headers: OutgoingHttpHeaders;
  expiresAt: number;
}

const DROPPED_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'etag', 'strict-transport-security', 'x-nextjs-cache']);
/** Templates follow the code, not the data; an hour bounds how long one outlives a change of Next's own cache. */
const TEMPLATE_SECONDS = 3_600;
/** After a template could not be rendered, Next.js renders its pages for this long before the next try. */
const RETRY_SECONDS = 60;
const MAX_TEMPLATES = 500;

export class PageTemplates {
  private readonly templates = new Map<string, Template>();
  private readonly rendering = new Map<string, Promise<Template>>();
  private readonly failedAt = new Map<string, number>();

  /** `internalPort`: this process's private loopback port, which renders template addresses. */
  constructor(private readonly internalPort: () => number) {}

  /** Whether the template at `path` failed lately: its pages are better left to Next.js for now. */
  failing(path: string): boolean {
    return Date.now() - (this.failedAt.get(path) ?? -Infinity) < RETRY_SECONDS * 1000;
  }

  /** The template at `path`, with these marks; rendered on first use. */
  async get(path: string, marks: TemplateMarks): Promise<Template> {
    const kept = this.templates.get(path);
    if (kept && kept.expiresAt > Date.now()) return kept;
    let pending = this.rendering.get(path);
    if (!pending) {
      pending = this.render(path, marks)
        .catch((error: unknown) => {
          this.failedAt.set(path, Date.now());
          throw error;
        })
        .finally(() => this.rendering.delete(path));
      this.rendering.set(path, pending);
    }
    const template = await pending;
    this.templates.delete(path);
    this.templates.set(path, template);
    if (this.templates.size > MAX_TEMPLATES) this.templates.delete(this.templates.keys().next().value!);
    return template;
  }

  /** Forgets the templates (a new deployment's pages, or a full flush of the caches). */
  clear(): void {
    this.templates.clear();
  }

  private render(path: string, marks: TemplateMarks): Promise<Template> {
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
              resolve({ compiled: compileTemplate(Buffer.concat(chunks).toString('utf8'), marks, path), headers, expiresAt: Date.now() + TEMPLATE_SECONDS * 1000 });
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

/** A page filled in from its template, as the page cache keeps it, for `seconds`. */
export function filledPage(template: Template, html: string, seconds: number): CachedPage {
  const body = Buffer.from(html);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { status: 200, headers: { ...template.headers, etag }, body: nonceableBody(body), etag, expiresAt: Date.now() + seconds * 1000 };
}
