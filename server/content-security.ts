import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib';

/**
 * The Content-Security-Policy of every page: a script runs only if the page's own markup gave it
 * the page's nonce (or a script that had it loaded it: 'strict-dynamic').
 *
 * Next.js puts the nonce it reads from the request's CSP header on every script it renders. A
 * page is rendered once and sent many times (the page cache, Next's own cache, the number
 * templates), so Next renders with a placeholder that only this process knows, and each answer
 * gets its own nonce in its place on the way out (same length, so nothing else moves). A page the
 * server keeps is kept with the nonce of that answer: anything injected into a page was written
 * before its nonce existed, so it cannot carry it.
 */
const NONCE_BYTES = 18;
/** Never sent: every answer's body has it replaced, and Next only reads it from the request. */
export const NONCE_PLACEHOLDER = randomBytes(NONCE_BYTES).toString('base64url');
const PLACEHOLDER = Buffer.from(NONCE_PLACEHOLDER);
/** Bodies that can carry the nonce: pages, and the data the client router fetches for them. */
const REWRITTEN_TYPES = /^(?:text\/html|text\/x-component)\b/i;

export function newNonce(): string {
  return randomBytes(NONCE_BYTES).toString('base64url');
}

/**
 * The policy sent with a page. The ALTCHA widget solves its puzzle in a worker made from a
 * `data:` address; styles may be inline (the charts' bars are sized by style attributes);
 * images are the site's own or `data:` (the QR code of a second factor). Development adds
 * 'unsafe-eval', which React's development build needs.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob: data:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy of the few plain pages the server writes itself (no script at all, inline styles only). */
export const PLAIN_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Asks Next.js to render `req` with the placeholder nonce; a client's own CSP header is not Next's business. */
export function renderWithPlaceholderNonce(req: IncomingMessage): void {
  delete req.headers['content-security-policy-report-only'];
  req.headers['content-security-policy'] = `script-src 'nonce-${NONCE_PLACEHOLDER}' 'strict-dynamic'`;
}

/** Replaces every placeholder in `text` with `nonce` (for a body the server holds whole). */
export function withNonce(text: string, nonce: string): string {
  return text.replaceAll(NONCE_PLACEHOLDER, nonce);
}

/**
 * Sends `res` with the policy for a fresh nonce, and puts that nonce in place of the
 * placeholder in its body as it streams out. Call it after anything else that wraps the
 * response's writes (compression, the page cache), so that they see the final bytes.
 */
export function secureResponse(req: IncomingMessage, res: ServerResponse, { dev = false } = {}): void {
  renderWithPlaceholderNonce(req);
  const nonce = Buffer.from(newNonce());
  res.setHeader('content-security-policy', contentSecurityPolicy(nonce.toString(), { dev }));
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let rewrite: boolean | null = null;
  let carry: Buffer = Buffer.alloc(0);
  const rewritten = (chunk: unknown, encoding: unknown, last: boolean): Buffer | null => {
    rewrite ??= REWRITTEN_TYPES.test(String(res.getHeader('content-type') ?? ''));
    if (!rewrite || chunk === undefined || chunk === null || typeof chunk === 'function') {
      if (!last || carry.length === 0) return null;
      const rest = carry;
      carry = Buffer.alloc(0);
      return rest;
    }
    const bytes = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    const data = Buffer.concat([carry, bytes]);
    replacePlaceholder(data, nonce);
    const held = last ? 0 : heldBack(data);
    carry = Buffer.from(data.subarray(data.length - held));
    return data.subarray(0, data.length - held);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    const data = rewritten(chunk, rest[0], false);
    if (data === null) return write(chunk, ...rest);
    const callback = rest.find((arg) => typeof arg === 'function');
    return callback ? write(data, callback) : write(data);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const data = rewritten(chunk, rest[0], true);
    if (data === null) return end(chunk, ...rest);
    const callback = rest.find((arg) => typeof arg === 'function');
    return callback ? end(data, callback) : end(data);
  }) as typeof res.end;
}

/** Overwrites every placeholder in `data` with `nonce`, in place (both have the same length). */
export function replacePlaceholder(data: Buffer, nonce: Buffer): void {
  for (let at = data.indexOf(PLACEHOLDER); at !== -1; at = data.indexOf(PLACEHOLDER, at + PLACEHOLDER.length)) nonce.copy(data, at);
}

/** How many bytes at the end of `data` could be the start of a placeholder cut by the chunk's end. */
export function heldBack(data: Buffer): number {
  for (let length = Math.min(PLACEHOLDER.length - 1, data.length); length > 0; length -= 1) {
    if (data.subarray(data.length - length).equals(PLACEHOLDER.subarray(0, length))) return length;
  }
  return 0;
}

/**
 * A body kept whole with the placeholder in it, ready to be sent with any nonce. The parts
 * between placeholders are compressed once, each ending on a byte boundary (a full flush); a
 * gzip answer is those parts with each nonce between them as an uncompressed block, so giving a
 * kept page a fresh nonce costs a checksum, not a compression.
 */
export interface NonceableBody {
  /** The body as rendered, with placeholders. */
  plain: Buffer;
  /** Raw deflate of each part between placeholders, each ending with a full flush. */
  deflated: Buffer[];
  /** The uncompressed parts (views into `plain`), for the checksum. */
  parts: Buffer[];
}

export function nonceableBody(plain: Buffer): NonceableBody {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = plain.indexOf(PLACEHOLDER); at !== -1; at = plain.indexOf(PLACEHOLDER, from)) {
    parts.push(plain.subarray(from, at));
    from = at + PLACEHOLDER.length;
  }
  parts.push(plain.subarray(from));
  const compressed = parts.map((part) => deflateRawSync(part, { level: 6, finishFlush: zlibConstants.Z_FULL_FLUSH }));
  // Each result holds on to zlib's whole output chunk (16 KB) however little it uses: kept as
  // views into one buffer of their exact total size instead, so that a kept page costs what the
  // page cache counts (a page has a part per script, about 17).
  const joined = Buffer.concat(compressed);
  let offset = 0;
  const deflated = compressed.map((part) => joined.subarray(offset, (offset += part.length)));
  return { plain, deflated, parts };
}

/** How many bytes a kept body holds. */
export function nonceableSize(body: NonceableBody): number {
  return body.plain.length + body.deflated.reduce((sum, part) => sum + part.length, 0);
}

/** The body with `nonce` in place of each placeholder, uncompressed. */
export function plainWithNonce(body: NonceableBody, nonce: string): Buffer {
  const plain = Buffer.from(body.plain);
  replacePlaceholder(plain, Buffer.from(nonce));
  return plain;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty last block (fixed Huffman codes, end of block at once). */
const LAST_BLOCK = Buffer.from([0x03, 0x00]);

/** The body with `nonce` in place of each placeholder, as a gzip stream. */
export function gzipWithNonce(body: NonceableBody, nonce: string): Buffer {
  const value = Buffer.from(nonce);
  const stored = Buffer.alloc(5 + value.length);
  stored.writeUInt16LE(value.length, 1);
  stored.writeUInt16LE(~value.length & 0xffff, 3);
  value.copy(stored, 5);
  const chunks: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  body.deflated.forEach((deflated, index) => {
    if (index > 0) {
      chunks.push(stored);
      crc = crc32(value, crc);
      size += value.length;
    }
    chunks.push(deflated);
    crc = crc32(body.parts[index]!, crc);
    size += body.parts[index]!.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  chunks.push(LAST_BLOCK, trailer);
  return Buffer.concat(chunks);
}

/** Whether the browser takes a gzip answer. */
export function acceptsGzip(req: IncomingMessage): boolean {
  return String(req.headers['accept-encoding'] ?? '')
    .slice(0, 200)
    .toLowerCase()
    .split(',')
    .some((part) => {
      const [coding, ...params] = part.split(';').map((piece) => piece.trim());
      return coding === 'gzip' && !params.some((param) => /^q=0(?:\.0*)?$/.test(param));
    });
}
