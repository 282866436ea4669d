import fs from 'node:fs';
import path from 'node:path';
import { exportOpenData } from '@/db/export/open-data';
import { importOfficialFile } from '@/db/import/official';
import { loadDemoData } from '@/db/seed/demo';
import { openDataDir } from '@/lib/open-data';
import { reloadSettings } from '@/lib/settings';
import { ftcDncAdapter } from '@/lib/official-data/ftc-dnc';
import { E2E_METRICS_TOKEN, E2E_STAFF } from '../e2e/staff';
import { openMigratedDatabase, ROOT } from './lib/cli';
import { addStaff, enableSecondFactor } from './lib/staff';

/**
 * The server the e2e tests run against: the production build on a brand-new embedded database,
 * so every run starts from the same demo data and sample FTC complaints, plus the staff accounts
 * the tests sign in with and the day's downloads.
 */
const dir = path.join(ROOT, '.e2e', 'pglite');
fs.rmSync(path.dirname(dir), { recursive: true, force: true });
Object.assign(process.env, { PGLITE_DIR: dir, OPEN_DATA_DIR: path.join(ROOT, '.e2e', 'open-data'), LOG_FILE: path.join(ROOT, '.e2e', 'server.log'), METRICS_TOKEN: E2E_METRICS_TOKEN, DATABASE_URL: '', PORT: process.env.E2E_PORT ?? '3100', NODE_ENV: 'production' });
reloadSettings();

// Open the new database once to add the staff, then hand it over to the server.
const handle = await openMigratedDatabase();
await loadDemoData(handle.db);
await importOfficialFile(handle.db, ftcDncAdapter, fs.createReadStream(path.join(ROOT, 'db', 'import', 'fixtures', 'ftc-dnc-sample.csv')));
await addStaff(handle.db, { ...E2E_STAFF.moderator, name: 'E2E moderator', role: 'moderator' });
await addStaff(handle.db, { ...E2E_STAFF.admin, name: 'E2E admin', role: 'admin' });
await addStaff(handle.db, { ...E2E_STAFF.newAdmin, name: 'E2E new admin', role: 'admin' });
await enableSecondFactor(handle.db, E2E_STAFF.admin.email, E2E_STAFF.admin.totpKey);
await addStaff(handle.db, { ...E2E_STAFF.disposable, name: 'E2E disposable moderator', role: 'moderator' });
await addStaff(handle.db, { ...E2E_STAFF.twoFactor, name: 'E2E two-factor moderator', role: 'moderator' });
await addStaff(handle.db, { ...E2E_STAFF.enrolling, name: 'E2E enrolling moderator', role: 'moderator' });
await addStaff(handle.db, { ...E2E_STAFF.throttled, name: 'E2E throttled moderator', role: 'moderator' });
await addStaff(handle.db, { ...E2E_STAFF.guessed, name: 'E2E guessed moderator', role: 'moderator' });
await addStaff(handle.db, { ...E2E_STAFF.session, name: 'E2E session moderator', role: 'moderator' });
await exportOpenData(handle.db, { dir: openDataDir() });
await handle.close();
await import('./serve');
