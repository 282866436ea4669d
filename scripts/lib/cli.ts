import path from 'node:path';
import nextEnv from '@next/env';
export { openMigratedDatabase } from '@/db/client';
import { isAppError } from '@/lib/errors';
import { reloadSettings } from '@/lib/settings';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Reads .env files the way Next.js does, so scripts and the server see the same settings. */
export function loadEnv(dev = false): void {
  nextEnv.loadEnvConfig(ROOT, dev, { info: () => {}, error: console.error });
  reloadSettings();
}

/** Runs a command-line entry point: expected failures print their message, not a stack trace. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (isAppError(error)) {
      console.error(`\n${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
