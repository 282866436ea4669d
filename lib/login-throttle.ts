import { createHmac } from 'node:crypto';
import { derivedKey } from './secrets';

/**
 * Slowing down password guessing without letting anyone lock a member of staff out.
 *
 * Every attempt is written down before its password is checked (db/queries/login-attempts.ts),
 * so fifty guesses sent at once count as fifty. Three limits, each counted in the database and
 * so shared by every instance:
 * - **one account from one address**: five failures free, then each further attempt waits
 *   twice as long as the last, up to a minute. Only this pair slows down: the owner, signing in
 *   from anywhere else, is not affected by someone guessing from one address;
 * - **one address**: more than 30 attempts in 15 minutes that did not succeed, on any accounts,
 *   and it is refused until the window passes;
 * - **one account from everywhere**: more than 100 checked failures in an hour, which takes many
 *   addresses guessing at once; then every attempt is refused until the hour passes, or until an
 *   admin clears the account's failures (`npm run staff -- unlock <email>`).
 * A refused attempt is not checked and does not count against the account, so refusals cannot
 * be used to extend a lock.
 */
export const FREE_ATTEMPTS = 5;
export const MAX_DELAY_SECONDS = 60;
export const ADDRESS_WINDOW_MINUTES = 15;
export const ADDRESS_LIMIT = 30;
export const ACCOUNT_WINDOW_MINUTES = 60;
export const ACCOUNT_LIMIT = 100;

export function loginDelaySeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS));
}

/** What the database counted before this attempt, as `countLoginAttempts` returns it. */
export interface AttemptCounts {
  /** Checked failures (or checks still running) of this account from this address since its last success there. */
  pairFailures: number;
  /** Milliseconds since the newest of them; null when there is none. */
  sinceLastPairFailureMs: number | null;
  /** Attempts from this address that did not succeed, in the address window. */
  addressAttempts: number;
  /** Checked failures of this account from any address, in the account window. */
  accountFailures: number;
}

export type Refusal = 'address' | 'account' | 'wait';

/** Why an attempt must be refused without checking its password, or null when it may be checked. */
export function refusalFor(counts: AttemptCounts): Refusal | null {
  if (counts.addressAttempts >= ADDRESS_LIMIT) return 'address';
  if (counts.accountFailures >= ACCOUNT_LIMIT) return 'account';
  const wait = loginDelaySeconds(counts.pairFailures) * 1000;
  if (wait > 0 && counts.sinceLastPairFailureMs !== null && counts.sinceLastPairFailureMs < wait) return 'wait';
  return null;
}

/** The keyed hash an email is counted (and logged) under, never the email itself. */
export function hashLoginEmail(email: string): string {
  return createHmac('sha256', derivedKey('login-email')).update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}
