import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DUMP_FILES, listDumps, openDataDir, readManifest, type DumpFileName } from '@/lib/open-data';

export const dynamic = 'force-dynamic';

const CONTENT_TYPES: Record<DumpFileName, string> = {
  'reports.csv.gz': 'application/gzip',
  'reports.jsonl.gz': 'application/gzip',
  'numbers.csv.gz': 'application/gzip',
  'numbers.jsonl.gz': 'application/gzip',
  'totals.csv.gz': 'application/gzip',
  'totals.jsonl.gz': 'application/gzip',
  SHA256SUMS: 'text/plain; charset=utf-8',
  'manifest.json': 'application/json; charset=utf-8',
};

/**
 * GET /data/<YYYY-MM-DD>/<file>, or /data/latest/<file> for the newest dump: the file streamed
 * from disk. Only the names a dump holds are served, so no path can reach outside it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ date: string; file: string }> }) {
  const { date, file } = await params;
  if (!DUMP_FILES.includes(file as DumpFileName)) return notFound();
  const dir = openDataDir();
  const manifest = date === 'latest' ? (listDumps(dir)[0] ?? null) : readManifest(dir, date);
  if (!manifest) return notFound();
  const name = file as DumpFileName;
  const target = path.join(/* turbopackIgnore: true */ dir, manifest.date, name);
  let size: number;
  try {
    size = fs.statSync(/* turbopackIgnore: true */ target).size;
  } catch {
    return notFound();
  }

  // A dated file never changes; "latest" moves once a day.
  const listed = manifest.files.find((entry) => entry.name === name);
  const etag = `"${listed?.sha256 ?? `${manifest.date}-${name}-${size}`}"`;
  const headers = new Headers({
    'Content-Type': CONTENT_TYPES[name],
    'Cache-Control': date === 'latest' ? 'public, max-age=300' : 'public, max-age=86400, immutable',
    ETag: etag,
    'Access-Control-Allow-Origin': '*',
  });
  if (name.endsWith('.gz')) headers.set('Content-Disposition', `attachment; filename="scam-numbers-${name.replace('.', `-${manifest.date}.`)}"`);
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  headers.set('Content-Length', String(size));
  const body = Readable.toWeb(fs.createReadStream(/* turbopackIgnore: true */ target)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers });
}

function notFound(): Response {
  return new Response('There is no such file in the downloads. See /data for what there is.\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
