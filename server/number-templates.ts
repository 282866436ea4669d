import http from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { getDb } from '@/db/client';
import { isNumberKnown } from '@/db/queries/phone-numbers';
import { fillTemplate, templatePath } from '@/lib/number-template';
import type { ParsedPhone } from '@/lib/phone';
import { acceptsGzip, contentSecurityPolicy, newNonce, withNonce } from './content-security';
import { readNumberParam } from './numbers';
import { INTERNAL_HEADER, internalSecret } from './process-state';

/**
 * Answers the page of a number nobody reported from a template rendered once per country and
 * kind of line (see `lib/number-template.ts`): one indexed query and a string replacement,
 * instead of a whole render and a cache entry per number.
 *
 * The template is rendered by Next.js itself, through this process's private port, so it is
 * exactly the page Next would render: the same layout, scripts and data for the browser.
 */
interface Template {
  body: string;
  headers: OutgoingHttpHeaders;
  expiresAt: number;
}

const NUMBER_PAGE = /^\/numbers\/(\+[1-9]\d{5,14})$/;
const DROPPED_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'etag', 'strict-transport-security']);
/** Templates follow the code, not the data; an hour bounds how long one outlives a change of Next's own cache. */
const TEMPLATE_SECONDS = 3_600;
const MAX_TEMPLATES = 500;

export class NumberTemplates {
  private readonly templates = new Map<string, Template>();
  private readonly rendering = new Map<string, Promise<Template>>();

  /** `internalPort`: this process's private loopback port, which renders template addresses. */
  constructor(private readonly internalPort: () => number) {}

  /**
   * Answers `req` if it asks for the page of a canonical number the portal knows nothing about;
   * false when Next.js must render it (a known number, another spelling, or anything else).
   */
  async answer(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const e164 = NUMBER_PAGE.exec(req.url ?? '')?.[1];
    if (!e164) return false;
    const parsed = readNumberParam(e164);
    if (parsed.kind !== 'canonical') return false;
    if (await isNumberKnown(await getDb(), e164)) return false;
    const template = await this.template(parsed.phone);
    const nonce = newNonce();
    const html = Buffer.from(withNonce(fillTemplate(template.body, parsed.phone), nonce));
    const gzip = acceptsGzip(req);
    const body = gzip ? gzipSync(html, { level: 6 }) : html;
    res.writeHead(200, {
      ...template.headers,
      'content-security-policy': contentSecurityPolicy(nonce),
      vary: [template.headers.vary, 'Accept-Encoding'].filter(Boolean).join(', '),
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'content-length': body.length,
    });
    res.end(body);
    return true;
  }

  /** Forgets every template (a new deployment's pages, or a full flush of the caches). */
  clear(): void {
    this.templates.clear();
  }

  private async template(phone: ParsedPhone): Promise<Template> {
    const path = templatePath(phone);
    const kept = this.templates.get(path);
    if (kept && kept.expiresAt > Date.now()) return kept;
    let pending = this.rendering.get(path);
    if (!pending) {
      pending = this.render(path).finally(() => this.rendering.delete(path));
      this.rendering.set(path, pending);
    }
    const template = await pending;
    this.templates.delete(path);
    this.templates.set(path, template);
    if (this.templates.size > MAX_TEMPLATES) this.templates.delete(this.templates.keys().next().value!);
    return template;
  }

  private render(path: string): Promise<Template> {
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
            resolve({ body: Buffer.concat(chunks).toString('utf8'), headers, expiresAt: Date.now() + TEMPLATE_SECONDS * 1000 });
          });
        },
      );
      request.on('error', reject);
      request.setTimeout(15_000, () => request.destroy(new Error(`the template ${path} took longer than 15 s`)));
    });
  }
}
