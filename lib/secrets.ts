import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { settings } from './settings';

/**
 * The key behind IP hashes, form tokens and proof-of-work challenges. PORTAL_SECRET sets it; when
 * it is unset a random one is made once and kept in the data folder, so a local install needs no
 * setup. Production sets PORTAL_SECRET, and every instance shares it.
 */
const SECRET_KEY = Symbol.for('scam-number-portal.secret');
type GlobalWithSecret = typeof globalThis & { [SECRET_KEY]?: string };

export function portalSecret(): string {
  const global = globalThis as GlobalWithSecret;
  global[SECRET_KEY] ??= settings().portalSecret ?? readOrCreateSecretFile(secretFilePath());
  return global[SECRET_KEY];
}

export function secretFilePath(): string {
  const dataDir = path.dirname(path.resolve(/* turbopackIgnore: true */ settings().pgliteDir));
  return path.join(/* turbopackIgnore: true */ dataDir, 'portal-secret');
}

function readOrCreateSecretFile(file: string): string {
  try {
    const existing = fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // Not there yet.
  }
  fs.mkdirSync(/* turbopackIgnore: true */ path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  try {
    fs.writeFileSync(/* turbopackIgnore: true */ file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    // Another process wrote it first: use theirs.
    return fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8').trim();
  }
}

/** A separate key for each purpose, so one can never stand in for another. */
export function derivedKey(purpose: string): string {
  return createHmac('sha256', portalSecret()).update(`scam-number-portal:${purpose}`).digest('hex');
}
