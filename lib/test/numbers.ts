import { randomInt } from 'node:crypto';

// Each process starts at a random place, so parallel test workers do not meet.
let sequence = randomInt(0, 90_000_000);

/**
 * A valid Indian mobile number (+91 98…) that no demo data uses, different on each call: the
 * database tests and the end-to-end tests both make their numbers here.
 */
export function uniqueNumber(): { typed: string; e164: string } {
  sequence = (sequence + 1 + randomInt(0, 1_000)) % 100_000_000;
  const digits = String(sequence).padStart(8, '0');
  return { typed: `+91 98${digits.slice(0, 3)} ${digits.slice(3)}`, e164: `+9198${digits}` };
}
