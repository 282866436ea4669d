import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProofOfWork, issueChallenge } from './proof-of-work';
import { reloadSettings } from './settings';

beforeAll(() => {
  process.env.POW_DIFFICULTY = '20';
  reloadSettings();
});

async function solvedPayload(now?: number) {
  const challenge = await issueChallenge(now);
  const solution = await solveChallenge({ challenge, deriveKey });
  return { challenge, payload: Buffer.from(JSON.stringify({ challenge, solution })).toString('base64') };
}

describe('proof of work', () => {
  it('accepts a solved challenge and names it, so it can be spent once', async () => {
    const { challenge, payload } = await solvedPayload();
    expect(await checkProofOfWork(payload)).toEqual({ status: 'verified', challengeId: challenge.parameters.nonce });
  });

  it('reports a missing payload apart from a bad one', async () => {
    expect(await checkProofOfWork(undefined)).toEqual({ status: 'missing' });
    expect(await checkProofOfWork('')).toEqual({ status: 'missing' });
    expect(await checkProofOfWork('not base64 json')).toEqual({ status: 'invalid' });
    expect(await checkProofOfWork(['x'])).toEqual({ status: 'invalid' });
    expect(await checkProofOfWork(Buffer.from('{"challenge":{}}').toString('base64'))).toEqual({ status: 'invalid' });
  });

  it('refuses a tampered challenge or a wrong solution', async () => {
    const { challenge } = await solvedPayload();
    const forged = { challenge: { ...challenge, parameters: { ...challenge.parameters, cost: 1 } }, solution: { counter: 1, derivedKey: '00' } };
    expect(await checkProofOfWork(Buffer.from(JSON.stringify(forged)).toString('base64'))).toEqual({ status: 'invalid' });
    const wrong = { challenge, solution: { counter: 0, derivedKey: 'ab'.repeat(32) } };
    expect(await checkProofOfWork(Buffer.from(JSON.stringify(wrong)).toString('base64'))).toEqual({ status: 'invalid' });
  });

  it('refuses an expired challenge', async () => {
    const { payload } = await solvedPayload(Date.now() - 3 * 60 * 60 * 1000);
    expect(await checkProofOfWork(payload)).toEqual({ status: 'expired' });
  });
});
