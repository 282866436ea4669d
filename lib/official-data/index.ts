import type { OfficialAdapter } from './adapter';
import { ftcDncAdapter } from './ftc-dnc';

export * from './adapter';

/** The sources `npm run import` knows, by the name given on the command line. */
export const OFFICIAL_ADAPTERS: Record<string, OfficialAdapter> = {
  'ftc-dnc': ftcDncAdapter,
};
