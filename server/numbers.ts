import { cache } from 'react';
import { getDb } from '@/db/client';
import { getUpheldStatement } from '@/db/queries/disputes';
import { getOfficialSummaries } from '@/db/queries/official-complaints';
import { getPhoneNumber } from '@/db/queries/phone-numbers';
import { getNumberBreakdown, getNumberEvidence, listNumberReports } from '@/db/queries/reports';
import { getVerifiedNumber } from '@/db/queries/verified-numbers';
import { isoDateDaysAgo, pluralize } from '@/lib/format';
import { countryName, parsePhone, type ParsedPhone, type PhoneError } from '@/lib/phone';
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

/** A number's page: what it says, and the newest published reports about the number. */
export interface NumberPage extends NumberPageData {
  reports: Awaited<ReturnType<typeof listNumberReports>>;
}

/** Everything the number page and its metadata show; read once per render (keyed by the number, not the parsed object). */
export async function loadNumber(phone: ParsedPhone): Promise<NumberPageData> {
  return { phone, ...(await loadNumberData(phone.e164)) };
}

/** Everything a number's page shows. */
export async function loadNumberPage(phone: ParsedPhone): Promise<NumberPage> {
  const data = await loadNumber(phone);
  const reports = data.summary?.reportCount ? await loadNumberReports(phone.e164, 1) : [];
  return { ...data, reports };
}

/**
 * The page of a number the portal holds nothing about (no report of any status, no dispute,
 * verified owner or official complaint): the same for every such number, so read from nothing.
 */
export function unknownNumberPage(phone: ParsedPhone): NumberPage {
  const verdict = assessRisk(NO_EVIDENCE, { disputeState: 'none', verified: null, ownedSince: null });
  return { phone, summary: null, verdict, breakdown: null, ownerStatement: null, official: [], verified: null, reports: [] };
}

/** A number page's title and description, and whether search engines may index it. */
export function describeNumberPage({ phone, summary, verdict, verified }: NumberPageData): { title: string; description: string; indexed: boolean } {
  if (verified) {
    return {
      title: `${phone.international}: real number of ${verified.organisation}`,
      description: `This is the real number of ${verified.organisation}. Scammers often fake it on your screen: if a call showing it asks for codes or money, hang up and call ${verified.organisation} back yourself.`,
      indexed: true,
    };
  }
  const count = summary?.reportCount ?? 0;
  if (count === 0) {
    return {
      title: `${phone.international}: no reports yet`,
      description: `Nobody has reported ${phone.international} (${countryName(phone.country)}) yet. What to do about an unknown caller, and how to report one.`,
      indexed: false,
    };
  }
  return {
    title: `${phone.international}: ${pluralize(count, 'scam report')}`,
    description: `${verdict.label}. ${pluralize(count, 'report')} about ${phone.international} (${countryName(phone.country)}). Caller ID can be spoofed: read what was reported and what to do.`,
    indexed: true,
  };
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
