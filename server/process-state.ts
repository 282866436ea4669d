import { randomBytes } from 'node:crypto';

/**
 * What the custom server and Next's bundles of one process share through globalThis: whether
 * the process is draining before it stops, and the secret of its internal requests.
 */
const STATE_KEY = Symbol.for('scam-number-portal.process-state');
interface ProcessState {
  draining: boolean;
  internalSecret: string;
}
type GlobalWithState = typeof globalThis & { [STATE_KEY]?: ProcessState };

function state(): ProcessState {
  const global = globalThis as GlobalWithState;
  global[STATE_KEY] ??= { draining: false, internalSecret: randomBytes(32).toString('base64url') };
  return global[STATE_KEY];
}

/** From now on /api/health answers 503, so that load balancers send no new requests here. */
export function startDraining(): void {
  state().draining = true;
}

export function isDraining(): boolean {
  return state().draining;
}

/** The header and secret that let the server reach its own internal routes, and nobody else. */
export const INTERNAL_HEADER = 'x-portal-internal';

export function internalSecret(): string {
  return state().internalSecret;
}
