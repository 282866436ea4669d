import { cache } from 'react';
import { getDb } from '@/db/client';
import { getUpheldStatement } from '@/db/queries/disputes';
import { getOfficialSummaries } from '@/db/queries/official-complaints';
import { getPhoneNumber } from '@/db/queries/phone-numbers';
import { getNumberBreakdown, getNumberEvidence, listNumberReports } from '@/db/queries/reports';
import { getVerifiedNumber } from '@/db/queries/verified-numbers';
import { isoDateDaysAgo } from '@/lib/format';
import { readTemplateParam } from '@/lib/number-template';
import { parsePhone, type ParsedPhone, type PhoneError } from '@/lib/phone';
import { assessRisk, NO_EVIDENCE, type RiskVerdict } from '@/lib/risk';
import { defaultRegion } from '@/lib/site';

export const REPORTS_PER_PAGE = 10;

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
  /** The organisation whose genuine number this is, if staff verified it. */
  verified: Awaited<ReturnType<typeof getVerifiedNumber>>;
}

/**
 * The number page's address: like `readNumberParam`, and also the stand-in number of a template
 * for numbers nobody reported (`lib/number-template.ts`), which only the number page renders.
 */
export function readNumberPageParam(raw: string): NumberParam {
  const template = readTemplateParam(raw);
  return template ? { kind: 'canonical', phone: template } : readNumberParam(raw);
}

/** Everything the number page and its metadata show; read once per render (keyed by the number, not the parsed object). */
export async function loadNumber(phone: ParsedPhone): Promise<NumberPageData> {
  if (readTemplateParam(phone.e164)) {
    const verdict = assessRisk(NO_EVIDENCE, { disputeState: 'none', verified: null, ownedSince: null });
    return { phone, summary: null, verdict, breakdown: null, ownerStatement: null, official: [], verified: null };
  }
  return { phone, ...(await loadNumberData(phone.e164)) };
}

const loadNumberData = cache(async (e164: string): Promise<Omit<NumberPageData, 'phone'>> => {
  const db = await getDb();
  const now = new Date();
  const [summary, verified] = await Promise.all([getPhoneNumber(db, e164), getVerifiedNumber(db, e164)]);
  const reported = Boolean(summary && summary.reportCount > 0);
  const [breakdown, evidence] = reported
    ? await Promise.all([
        getNumberBreakdown(db, { e164, since: isoDateDaysAgo(30, now) }),
        getNumberEvidence(db, { e164, recentSince: isoDateDaysAgo(30, now), ownedSince: summary?.ownedSince ?? null }),
      ])
    : [null, NO_EVIDENCE];
  const verdict = assessRisk(evidence, {
    disputeState: summary?.disputeState ?? 'none',
    verified: verified ? { organisation: verified.organisation, sourceUrl: verified.sourceUrl } : null,
    ownedSince: summary?.ownedSince ?? null,
    now,
  });
  const ownerStatement = summary?.disputeState === 'upheld' ? await getUpheldStatement(db, e164) : null;
  const official = await getOfficialSummaries(db, e164);
  return { summary, verdict, breakdown, ownerStatement, official, verified };
});

export async function loadNumberReports(e164: string, page: number) {
  return listNumberReports(await getDb(), { e164, limit: REPORTS_PER_PAGE, offset: (page - 1) * REPORTS_PER_PAGE });
}
