/**
 * Slowing down password guessing without locking anyone out for good. Per account: after five
 * failures, each further attempt must wait twice as long as the last, up to a minute. Per client
 * address (in this process): more than 30 failures in 15 minutes and every attempt is refused
 * until the window passes.
 */
export const FREE_ATTEMPTS = 5;
export const MAX_DELAY_SECONDS = 60;
const WINDOW_MS = 15 * 60 * 1000;
const ADDRESS_LIMIT = 30;

export function loginDelaySeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS));
}

const failuresByAddress = new Map<string, number[]>();

export function noteFailedLogin(ipHash: string | null, now: number = Date.now()): void {
  if (!ipHash) return;
  const recent = (failuresByAddress.get(ipHash) ?? []).filter((at) => now - at < WINDOW_MS);
  recent.push(now);
  failuresByAddress.set(ipHash, recent);
  if (failuresByAddress.size > 50_000) failuresByAddress.delete(failuresByAddress.keys().next().value!);
}

export function tooManyFromAddress(ipHash: string | null, now: number = Date.now()): boolean {
  if (!ipHash) return false;
  return (failuresByAddress.get(ipHash) ?? []).filter((at) => now - at < WINDOW_MS).length >= ADDRESS_LIMIT;
}
