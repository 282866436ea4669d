import { randomUUID } from 'node:crypto';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { issueFormToken } from '@/lib/form-token';
import { issueChallenge } from '@/lib/proof-of-work';
import type { BenchRequest } from './load';

/**
 * Report submissions the way a browser without JavaScript sends them: the multipart form post of
 * the /report page, with the action fields React put in the page, a form token and a solved
 * proof of work. The bench holds the server's PORTAL_SECRET, so it makes the tokens and
 * challenges the page and /api/altcha would hand out, ahead of time, and solves them at the
 * bench's low difficulty. Each submission comes from its own client address, sent in the
 * X-Forwarded-For header that only the bench's server trusts, so the per-address limits stay on.
 */
export interface SubmissionFactory {
  next(): BenchRequest | null;
  remaining(): number;
  /** References the server acknowledged with its redirect to the confirmation page. */
  acknowledged: Set<string>;
  onResponse(status: number, headers: Record<string, string | string[] | undefined>): void;
}

/** Reads the hidden fields of the report form (the server action's id and state) from the page. */
export function actionFields(html: string): Array<[string, string]> {
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((match) => match[0]).find((text) => text.includes('name="formToken"'));
  if (!form) throw new Error('The /report page has no report form; cannot build submissions.');
  const fields: Array<[string, string]> = [];
  for (const match of form.matchAll(/<input([^>]*)>/g)) {
    const attributes = match[1]!;
    const name = /name="([^"]*)"/.exec(attributes)?.[1];
    if (!name?.startsWith('$ACTION')) continue;
    fields.push([decode(name), decode(/value="([^"]*)"/.exec(attributes)?.[1] ?? '')]);
  }
  if (!fields.some(([name]) => name.startsWith('$ACTION_ID_') || name.startsWith('$ACTION_REF_'))) {
    throw new Error('The /report page has no server-action fields; cannot build submissions.');
  }
  return fields;
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function multipart(fields: Array<[string, string]>): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomUUID().replace(/-/g, '')}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

const STORIES = [
  'Caller said he was from my bank fraud team and asked me to read out the code that came by text. I hung up and called the number on my card.',
  'Recorded message said a parcel in my name held illegal items, then a "police officer" asked for a deposit to clear my name.',
  'WhatsApp message offering paid work liking videos; after two small payouts they asked me to deposit money to unlock tasks.',
  'Missed call at night from this number, rang once. I did not call back; others report the same.',
];

/** Solves `count` proofs of work, a few at a time (they run on libuv's thread pool). */
async function solvedPayloads(count: number): Promise<string[]> {
  const payloads: string[] = [];
  const work = async () => {
    while (payloads.length < count) {
      const challenge = await issueChallenge();
      const solution = await solveChallenge({ challenge, deriveKey });
      if (!solution) throw new Error('A proof-of-work challenge could not be solved.');
      payloads.push(Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'));
    }
  };
  await Promise.all(Array.from({ length: 8 }, work));
  return payloads.slice(0, count);
}

/**
 * Prepares `count` distinct submissions about the given numbers. Form tokens are dated a minute
 * back, as if each person took a minute to fill the form in.
 */
export async function prepareSubmissions({ count, first, runId, numbers, fields, origin }: {
  count: number;
  /** Where this batch's numbering starts, so two batches of one run never share a description or address. */
  first: number;
  runId: string;
  numbers: string[];
  fields: Array<[string, string]>;
  origin: string;
}): Promise<SubmissionFactory> {
  const payloads = await solvedPayloads(count);
  const prepared: BenchRequest[] = payloads.map((altcha, offset) => {
    const index = first + offset;
    const { body, contentType } = multipart([
      ...fields,
      ['formToken', issueFormToken(Date.now() - 60_000)],
      ['website', ''],
      ['altcha', altcha],
      ['number', numbers[index % numbers.length]!],
      ['country', 'GB'],
      ['channel', 'phone_call'],
      ['category', 'bank_impersonation'],
      ['occurredOn', new Date().toISOString().slice(0, 10)],
      ['description', `${STORIES[index % STORIES.length]} (bench run ${runId}, submission ${index + 1})`],
      ['declaration', 'on'],
      // The check-your-answers step's "Send report": the answers, as checked, are stored.
      ['intent', 'send'],
    ]);
    return {
      method: 'POST',
      path: '/report',
      headers: {
        'content-type': contentType,
        accept: 'text/html',
        origin,
        // A /64 of its own for each submission: the limits count IPv6 clients by /64.
        'x-forwarded-for': `fd00:${runId}:${index.toString(16)}::1`,
      },
      body,
    };
  });
  let cursor = 0;
  const acknowledged = new Set<string>();
  return {
    next: () => prepared[cursor++] ?? null,
    remaining: () => prepared.length - cursor,
    acknowledged,
    onResponse(status, headers) {
      const location = headers.location;
      const reference = /\/report\/submitted\/(SR-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(String(location ?? ''))?.[1];
      if (status === 303 && reference) acknowledged.add(reference);
    },
  };
}
