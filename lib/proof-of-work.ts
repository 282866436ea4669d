import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { derivedKey } from './secrets';
import { settings } from './settings';

/**
 * A self-hosted proof of work (ALTCHA): the browser spends a second or two of computation before
 * a report is accepted as verified, which costs a person nothing and a bulk sender a lot. No
 * outside service is involved. Each solved challenge can be spent once.
 */
export const POW_ALGORITHM = 'PBKDF2/SHA-256';
const POW_COST = 1_000;
/** A person has this long between loading the form and sending it. */
export const POW_LIFETIME_MS = 2 * 60 * 60 * 1000;

export function powDifficulty(): number {
  return settings().powDifficulty;
}

export async function issueChallenge(now: number = Date.now()): Promise<Challenge> {
  const difficulty = powDifficulty();
  return createChallenge({
    algorithm: POW_ALGORITHM,
    cost: POW_COST,
    counter: randomInt(Math.ceil(difficulty / 2), difficulty),
    deriveKey,
    expiresAt: new Date(now + POW_LIFETIME_MS),
    hmacSignatureSecret: derivedKey('pow'),
    hmacKeySignatureSecret: derivedKey('pow-key'),
  });
}

export type PowCheck =
  | { status: 'missing' }
  | { status: 'invalid' }
  | { status: 'expired' }
  | { status: 'verified'; challengeId: string };

/** Checks the widget's payload (base64 JSON of the challenge and its solution). */
export async function checkProofOfWork(payload: unknown): Promise<PowCheck> {
  if (payload === undefined || payload === null || payload === '') return { status: 'missing' };
  if (typeof payload !== 'string' || payload.length > 10_000) return { status: 'invalid' };
  let parsed: { challenge?: Challenge; solution?: Solution };
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as typeof parsed;
  } catch {
    return { status: 'invalid' };
  }
  const { challenge, solution } = parsed;
  if (!challenge?.parameters || typeof challenge.parameters.nonce !== 'string' || !solution) return { status: 'invalid' };
  try {
    const result = await verifySolution({
      challenge,
      solution,
      deriveKey,
      hmacSignatureSecret: derivedKey('pow'),
      hmacKeySignatureSecret: derivedKey('pow-key'),
    });
    if (result.expired) return { status: 'expired' };
    return result.verified ? { status: 'verified', challengeId: challenge.parameters.nonce } : { status: 'invalid' };
  } catch {
    return { status: 'invalid' };
  }
}
