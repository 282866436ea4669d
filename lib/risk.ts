import type { DisputeState } from '@/db/constants';
import { formatDate, formatDaysAgo, pluralize } from './format';

/**
 * How worried to be about a number, from its approved reports. Deliberately never "safe": a
 * number nobody has reported can still be a scammer's, and caller ID can show any number.
 */
export type RiskLevel = 'none' | 'low' | 'medium' | 'high';

export interface RiskInput {
  reportCount: number;
  reportsLast30Days: number;
  reporterCount: number;
  lossReportCount: number;
  displayedCount: number;
  callbackCount: number;
  firstReportedOn: string | null;
  lastReportedOn: string | null;
  disputeState: DisputeState;
  now?: Date;
}

export interface RiskVerdict {
  level: RiskLevel;
  /** A short headline: "Many scam reports". */
  label: string;
  /** One plain sentence under the headline. */
  summary: string;
  /** The facts behind the verdict, most important first. */
  reasons: string[];
  /** 0 when unreported; grows with evidence, shrinks as reports age. */
  score: number;
  /** True when an upheld dispute held the verdict down. */
  capped: boolean;
}

/** Reports lose half their weight every this many days without a new one. */
export const HALF_LIFE_DAYS = 180;
const THRESHOLDS: ReadonlyArray<readonly [RiskLevel, number]> = [
  ['high', 6],
  ['medium', 2.5],
  ['low', 0],
];

const LABELS: Record<RiskLevel, { label: string; summary: string }> = {
  none: {
    label: 'No reports yet',
    summary: 'Nobody has reported this number here. That does not make a caller genuine: scammers change numbers constantly and can show any number they like.',
  },
  low: {
    label: 'Reported as a scam',
    summary: 'A few people have reported calls or messages from this number. Be careful, and never act on what the caller says without checking.',
  },
  medium: {
    label: 'Likely scam',
    summary: 'Several people have reported scam attempts from this number. Do not call back, do not share codes or move money.',
  },
  high: {
    label: 'Many scam reports',
    summary: 'Many people have reported this number, recently and with losses. Treat any contact from it as a scam.',
  },
};

export function daysBetween(isoDate: string, now: Date): number {
  const then = Date.parse(`${isoDate}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.max(0, Math.round((today - then) / 86_400_000));
}

export function assessRisk(input: RiskInput): RiskVerdict {
  const now = input.now ?? new Date();
  if (input.reportCount <= 0 || !input.lastReportedOn) {
    return { level: 'none', ...LABELS.none, reasons: [], score: 0, capped: false };
  }

  const idleDays = daysBetween(input.lastReportedOn, now);
  const decay = 0.5 ** (idleDays / HALF_LIFE_DAYS);
  // Independent people count for more than many reports from one person; losses and recent
  // activity add weight.
  const evidence =
    1.5 * Math.log2(1 + input.reporterCount) +
    0.5 * Math.log2(1 + input.reportCount) +
    0.25 * Math.min(input.reportsLast30Days, 12) +
    (input.lossReportCount > 0 ? 1 + Math.log2(input.lossReportCount) : 0);
  const score = Math.round(evidence * decay * 100) / 100;

  let level = THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? 'low';
  const capped = input.disputeState === 'upheld' && level !== 'low';
  if (input.disputeState === 'upheld') level = 'low';

  const reasons: string[] = [];
  if (input.disputeState === 'upheld') {
    reasons.push('The owner of this number told us it is being spoofed, and our staff accepted that. Calls showing it may still be scams, but they are probably not from the owner.');
  }
  reasons.push(
    `${pluralize(input.reportCount, 'published report')} from ${pluralize(input.reporterCount, 'different person', 'different people')}.`,
  );
  if (input.reportsLast30Days > 0) {
    reasons.push(`${pluralize(input.reportsLast30Days, 'report')} in the last 30 days.`);
  }
  if (input.lossReportCount > 0) {
    reasons.push(`${input.lossReportCount === 1 ? 'One person' : `${input.lossReportCount.toLocaleString('en')} people`} reported losing money.`);
  }
  if (input.callbackCount > 0) {
    reasons.push(
      `${pluralize(input.callbackCount, 'report')} name it as the number victims were told to call back, message or pay: the scammer controls that number.`,
    );
  }
  const first = input.firstReportedOn && input.firstReportedOn !== input.lastReportedOn ? `First reported ${formatDate(input.firstReportedOn)}; last ` : 'Last ';
  reasons.push(`${first}reported ${formatDaysAgo(input.lastReportedOn, now)} (${formatDate(input.lastReportedOn)}).`);
  if (idleDays > HALF_LIFE_DAYS) {
    reasons.push('No recent reports, so older ones count for less: numbers are often spoofed for a short time, or passed on to someone new.');
  }

  const copy = capped || input.disputeState === 'upheld'
    ? { label: 'Reported, but the owner says it is spoofed', summary: 'People have reported calls showing this number, but its owner has shown us it is being faked by others. Treat the caller with suspicion, not the owner.' }
    : LABELS[level];
  return { level, ...copy, reasons, score, capped };
}

/** How strongly to warn that the number itself may be innocent. */
export function spoofingEmphasis(displayedCount: number, callbackCount: number): 'strong' | 'normal' {
  return displayedCount > 0 && displayedCount >= 3 * callbackCount ? 'strong' : 'normal';
}
