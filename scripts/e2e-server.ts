import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/cli';

/**
 * The server the e2e tests run against: the production build on a brand-new embedded database,
 * so every run starts from the same demo data.
 */
const dir = path.join(ROOT, '.e2e', 'pglite');
fs.rmSync(path.dirname(dir), { recursive: true, force: true });
Object.assign(process.env, { PGLITE_DIR: dir, DATABASE_URL: '', PORT: process.env.E2E_PORT ?? '3100' });
await import('./serve');
