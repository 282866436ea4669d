// `npm start`: compiles the custom server (scripts/serve.ts and what it imports) to one
// JavaScript file with esbuild when it is missing or older than its source, then runs it, so that
// no TypeScript transpiler runs in production. The server builds the Next.js app the same way.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
// Two folders below the root, as scripts/lib/cli.ts is: it finds the root from its own place.
const OUTFILE = path.join(ROOT, '.portal', 'server', 'serve.mjs');
const SOURCES = ['scripts', 'server', 'lib', 'db', 'app', 'components', 'package-lock.json', 'tsconfig.json'];

function newestChange(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry.startsWith('.') || entry === 'node_modules') continue;
    newest = Math.max(newest, newestChange(path.join(target, entry)));
  }
  return newest;
}

async function compileIfStale() {
  const builtAt = fs.existsSync(OUTFILE) ? fs.statSync(OUTFILE).mtimeMs : 0;
  if (builtAt > 0 && Math.max(...SOURCES.map((source) => newestChange(path.join(ROOT, source)))) <= builtAt) return;
  const { build, stop } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(ROOT, 'scripts', 'serve.ts')],
    outfile: OUTFILE,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages are loaded from node_modules as they are; only the portal's own code is compiled.
    packages: 'external',
    // Next.js has no export map: Node's own resolver needs the file's name of a subpath.
    alias: { 'next/link': 'next/link.js' },
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  // esbuild's helper process is not needed again while the server runs.
  await stop();
  // Written beside and renamed into place: another process starting now never reads half a file.
  fs.mkdirSync(path.dirname(OUTFILE), { recursive: true });
  const scratch = `${OUTFILE}.${process.pid}.tmp`;
  fs.writeFileSync(scratch, result.outputFiles[0].contents);
  fs.renameSync(scratch, OUTFILE);
}

// A worker of `WEB_CONCURRENCY` runs this file too: the primary has compiled already.
const cluster = await import('node:cluster');
if (cluster.default.isPrimary) await compileIfStale();
// Set before the server's modules load: React picks its production build when it is first loaded.
process.env.NODE_ENV = 'production';
await import(pathToFileURL(OUTFILE).href);
