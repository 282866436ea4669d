import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PLAIN_PAGE_POLICY } from './content-security';

/**
 * Reads a form post or a server-action call in full before Next.js sees it, and answers what
 * cannot be a real one with a 4xx instead of Next's 500: a body over the limit (413), a body that
 * does not parse, or an action called with anything but a form (400). Every action of the portal
 * takes a form (FormData) as its last argument, so a browser always calls one with arguments
 * that are a list ending in that form (`$K…`): in a multipart body's field `0`, or as the whole
 * body when the form has no fields; an action that reads no arguments gets an empty list.
 *
 * What passes is handed to Next.js unchanged, as a request with the same headers and body.
 */
export const FORM_BODY_LIMIT = 1024 * 1024;

const FORM_TYPES = /^(?:multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

export type GuardVerdict = { ok: true; request: IncomingMessage } | { ok: false; status: 400 | 413; message: string };

/** Whether a request is a form post or an action call that this guard reads. */
export function isFormPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.url?.startsWith('/api/')) return false;
  return req.headers['next-action'] !== undefined || FORM_TYPES.test(String(req.headers['content-type'] ?? ''));
}

export async function checkFormPost(req: IncomingMessage): Promise<GuardVerdict> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > FORM_BODY_LIMIT) return tooLarge();
  const body = await readBody(req, FORM_BODY_LIMIT);
  if (!body) return tooLarge();
  const type = String(req.headers['content-type'] ?? '');
  const isAction = req.headers['next-action'] !== undefined;
  // A form with no fields (a sign-out button) is sent as the arguments' text alone.
  if (isAction && !/^multipart\/form-data\b/i.test(type)) return endsWithForm(body.toString('utf8')) ? { ok: true, request: replay(req, body) } : malformed();
  if (/^multipart\/form-data\b/i.test(type)) {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
    } catch {
      return malformed();
    }
    if (isAction && !endsWithForm(form.get('0'))) return malformed();
  }
  return { ok: true, request: replay(req, body) };
}

/** Answers a refused post: a short page a person can act on, or plain text for a script. */
export function refuse(res: ServerResponse, verdict: Extract<GuardVerdict, { ok: false }>): void {
  res.writeHead(verdict.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': PLAIN_PAGE_POLICY, connection: 'close' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${verdict.status === 413 ? 'Too much to send' : 'Could not read what was sent'} · Scam Number Check</title></head><body style="font:18px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${verdict.status === 413 ? 'Too much to send' : 'Could not read what was sent'}</h1><p>${verdict.message}</p></body></html>`);
}

function tooLarge(): GuardVerdict {
  return { ok: false, status: 413, message: 'What you sent is larger than 1 MB, more than any form here needs. Go back, shorten the longest answer (a description can have up to 5,000 characters), and send it again.' };
}

function malformed(): GuardVerdict {
  return { ok: false, status: 400, message: 'This request is not one of this site’s forms. Go back to the page and send the form again.' };
}

/** A browser's call of a form action: the arguments are a list whose last item is the form (`$K…`), or none at all. */
function endsWithForm(root: FormDataEntryValue | null): boolean {
  if (typeof root !== 'string') return false;
  try {
    const args: unknown = JSON.parse(root);
    if (!Array.isArray(args)) return false;
    // An action that reads no arguments (a sign-out button) is called with none.
    return args.length === 0 || (typeof args[args.length - 1] === 'string' && /^\$K[0-9a-f]+$/.test(args[args.length - 1] as string));
  } catch {
    return false;
  }
}

/** The whole body, or null past `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => over || resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The same request again, for Next.js, with its body already read. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const again = new http.IncomingMessage(req.socket);
  again.method = req.method;
  again.url = req.url;
  again.headers = { ...req.headers, 'content-length': String(body.length) };
  delete again.headers['transfer-encoding'];
  again.rawHeaders = req.rawHeaders;
  again.httpVersion = req.httpVersion;
  again.httpVersionMajor = req.httpVersionMajor;
  again.httpVersionMinor = req.httpVersionMinor;
  again.complete = true;
  again.push(body);
  again.push(null);
  return again;
}
