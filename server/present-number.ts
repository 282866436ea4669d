import { CATEGORY_INFO, CHANNEL_LABELS, OFFICIAL_SOURCE_INFO } from '@/db/constants';
import type { ParsedPhone } from '@/lib/phone';
import { countryName } from '@/lib/phone';
import { siteUrl } from '@/lib/site';
import { loadNumber } from '@/server/numbers';

/** A number as the API gives it: what its page says, as data. Null when nothing is known. */
export async function presentNumber(phone: ParsedPhone) {
  const { summary, verdict, breakdown, official, verified } = await loadNumber(phone);
  if (!summary?.reportCount && official.length === 0 && !verified) return null;
  return {
    number: {
      e164: phone.e164,
      international: phone.international,
      national: phone.national,
      country: phone.country,
      countryName: phone.country ? countryName(phone.country) : null,
      lineType: phone.lineType,
    },
    verdict: {
      level: verdict.level,
      evidence: verdict.evidence,
      label: verdict.label,
      summary: verdict.summary,
      reasons: verdict.reasons,
      steps: verdict.steps,
      caveat: verdict.caveat,
      capped: verdict.capped,
      // The figures the verdict counted: people, not reports, and only since the current owner.
      counted: {
        reports: verdict.figures.reports,
        people: verdict.figures.people,
        peopleToldToContact: verdict.figures.callbackPeople,
        peopleWhoSawAnOrganisation: verdict.figures.organisationPeople,
        peopleWhoLostMoney: verdict.figures.lossPeople,
        reportsBeforeCurrentOwner: verdict.figures.reportsBeforeOwner,
      },
    },
    verified: verified ? { organisation: verified.organisation, source: verified.sourceUrl, verifiedOn: verified.verifiedAt.toISOString().slice(0, 10) } : null,
    reports: {
      published: summary?.reportCount ?? 0,
      showedThisNumber: summary?.displayedCount ?? 0,
      toldToCallThisNumber: summary?.callbackCount ?? 0,
      withMoneyLost: summary?.lossReportCount ?? 0,
      reporters: summary?.reporterCount ?? 0,
      last30Days: breakdown?.reportsLast30Days ?? 0,
      firstReportedOn: summary?.firstReportedOn ?? null,
      lastReportedOn: summary?.lastReportedOn ?? null,
    },
    // Most reported first, with their counts.
    categories: (breakdown?.byCategory ?? []).map(({ category, count }) => ({ code: category, label: CATEGORY_INFO[category].label, reports: count })),
    channels: (breakdown?.byChannel ?? []).map(({ channel, count }) => ({ code: channel, label: CHANNEL_LABELS[channel], reports: count })),
    ownerDispute: summary?.disputeState ?? 'none',
    official: official.map((source) => ({
      source: source.source,
      name: OFFICIAL_SOURCE_INFO[source.source].name,
      complaints: source.complaints,
      robocalls: source.robocalls,
      firstReportedOn: source.firstReportedOn,
      lastReportedOn: source.lastReportedOn,
      topSubject: source.topSubject,
    })),
    page: new URL(`/numbers/${phone.e164}`, siteUrl()).toString(),
  };
}
