import { cache } from 'react';
import { getDb } from '@/db/client';
import { getUpheldStatement } from '@/db/queries/disputes';
import { getOfficialSummaries } from '@/db/queries/official-complaints';
import { getPhoneNumber } from '@/db/queries/phone-numbers';
import { getNumberBreakdown, listNumberReports } from '@/db/queries/reports';
import { isoDateDaysAgo } from '@/lib/format';
import { parsePhone, type ParsedPhone, type PhoneError } from '@/lib/phone';
import { assessRisk, type RiskVerdict } from '@/lib/risk';
import { defaultRegion } from '@/lib/site';

export const REPORTS_PER_PAGE = 20;

export type NumberParam =
  | { kind: 'canonical'; phone: ParsedPhone }
  | { kind: 'redirect'; e164: string }
  | { kind: 'invalid'; problem: PhoneError };

/** Reads the number in the URL: canonical, another spelling of a number, or not a number. */
export function readNumberParam(raw: string): NumberParam {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Leave a malformed escape as typed; parsing will refuse it.
  }
  const parsed = parsePhone(text, defaultRegion());
  if (!parsed.ok) return { kind: 'invalid', problem: parsed.error };
  return text === parsed.phone.e164 ? { kind: 'canonical', phone: parsed.phone } : { kind: 'redirect', e164: parsed.phone.e164 };
}

export interface NumberPageData {
  phone: ParsedPhone;
  summary: Awaited<ReturnType<typeof getPhoneNumber>>;
  verdict: RiskVerdict;
  breakdown: Awaited<ReturnType<typeof getNumberBreakdown>> | null;
  /** The owner's statement, once two staff upheld it. */
  ownerStatement: Awaited<ReturnType<typeof getUpheldStatement>>;
  /** Complaints in imported official data, per source. */
  official: Awaited<ReturnType<typeof getOfficialSummaries>>;
}

/** Everything the number page and its metadata show; cached for the length of one render. */
export const loadNumber = cache(async (phone: ParsedPhone): Promise<NumberPageData> => {
  const db = await getDb();
  const now = new Date();
  const summary = await getPhoneNumber(db, phone.e164);
  const breakdown =
    summary && summary.reportCount > 0
      ? await getNumberBreakdown(db, { e164: phone.e164, since: isoDateDaysAgo(30, now) })
      : null;
  const verdict = assessRisk({
    reportCount: summary?.reportCount ?? 0,
    reportsLast30Days: breakdown?.reportsLast30Days ?? 0,
    reporterCount: summary?.reporterCount ?? 0,
    lossReportCount: summary?.lossReportCount ?? 0,
    displayedCount: summary?.displayedCount ?? 0,
    callbackCount: summary?.callbackCount ?? 0,
    firstReportedOn: summary?.firstReportedOn ?? null,
    lastReportedOn: summary?.lastReportedOn ?? null,
    disputeState: summary?.disputeState ?? 'none',
    now,
  });
  const ownerStatement = summary?.disputeState === 'upheld' ? await getUpheldStatement(db, phone.e164) : null;
  const official = await getOfficialSummaries(db, phone.e164);
  return { phone, summary, verdict, breakdown, ownerStatement, official };
});

export async function loadNumberReports(e164: string, page: number) {
  return listNumberReports(await getDb(), { e164, limit: REPORTS_PER_PAGE, offset: (page - 1) * REPORTS_PER_PAGE });
}
