import type { DisputeState, LineType } from '@/db/constants';
import { formatDate, formatDaysAgo, pluralize } from './format';

/**
 * How worried to be about a number, from its published reports. Deliberately never "safe": a
 * number nobody has reported can still be a scammer's, and caller ID can show any number.
 * `verified` is an organisation's real number, which scammers show on screens: never branded.
 */
export type RiskLevel = 'none' | 'low' | 'medium' | 'high' | 'verified';

/**
 * What kind of evidence the verdict rests on. Nobody can spoof a number you dial yourself, so a
 * number people were told to call, message or pay is strong evidence against whoever holds it,
 * and so is a WhatsApp or Telegram account, which the app ties to the number by a code sent to
 * it ('controlled'). A number that only appeared on a phone's screen, in a call or a text, can
 * be faked and says little about its owner ('screen').
 */
export type EvidenceKind = 'none' | 'screen' | 'controlled' | 'verified';

/**
 * The figures a verdict is built from, all counted over one set of published reports: those
 * naming the number in either role, from the day its current owner got it. A "person" is one
 * reporter (one keyed address hash, or one report without it).
 */
export interface NumberEvidence {
  reports: number;
  people: number;
  /** People who were told to call back, message or pay this number. */
  callbackPeople: number;
  /**
   * People contacted from this number on WhatsApp, Telegram or another app that ties an account
   * to its number, and not told to call it.
   */
  appPeople: number;
  /**
   * People who only saw the number on their screen and said the screen showed a real
   * organisation's number or name: the likeliest sign that it was spoofed.
   */
  organisationPeople: number;
  /** People who reported losing money. */
  lossPeople: number;
  /** Reports of contacts in the last 30 days. */
  recentReports: number;
  firstReportedOn: string | null;
  lastReportedOn: string | null;
  /** Published reports from before the current owner had the number; they do not count. */
  reportsBeforeOwner: number;
}

export const NO_EVIDENCE: NumberEvidence = {
  reports: 0,
  people: 0,
  callbackPeople: 0,
  appPeople: 0,
  organisationPeople: 0,
  lossPeople: 0,
  recentReports: 0,
  firstReportedOn: null,
  lastReportedOn: null,
  reportsBeforeOwner: 0,
};

export interface VerifiedOrganisation {
  organisation: string;
  sourceUrl: string;
}

export interface RiskContext {
  disputeState: DisputeState;
  /** Set when the number is in the registry of organisations' genuine numbers. */
  verified: VerifiedOrganisation | null;
  /** The day the current owner got the number, from an upheld owner's statement. */
  ownedSince: string | null;
  now?: Date;
}

export interface RiskVerdict {
  level: RiskLevel;
  evidence: EvidenceKind;
  /** A short headline: "Many scam reports". */
  label: string;
  /** One plain sentence or two under the headline. */
  summary: string;
  /** The facts behind the verdict, most important first; every figure comes from `figures`. */
  reasons: string[];
  /** What to do now, most urgent first. */
  steps: string[];
  /** One line on what caller ID can and cannot say about this number. */
  caveat: string;
  /** 0 when unreported; grows with weighted evidence, shrinks as reports age. */
  score: number;
  /** True when an upheld owner's statement held the verdict down. */
  capped: boolean;
  figures: NumberEvidence;
}

/**
 * How much one person's report weighs, by the number's role in it:
 * - told to call back, message or pay it, or contacted from it on an app: 1. The scammer holds it.
 * - only shown on a phone's screen: 0.35. Caller ID can be faked, so the owner may be innocent.
 * - shown on the screen, and the screen showed a real organisation: 0.1. Most likely spoofed.
 */
export const PERSON_WEIGHTS = { controlled: 1, screen: 0.35, screenOrganisation: 0.1 } as const;
/** People who lost money add weight, in proportion to the average weight of the people. */
export const LOSS_WEIGHT = 1.5;
/** Each person's weight counts three times the loss term: score = 3·log2(1 + W) + 1.5·log2(1 + L). */
export const PEOPLE_WEIGHT = 3;
/** Reports lose half their weight every this many days without a new one. */
export const HALF_LIFE_DAYS = 180;
/**
 * A level needs a score and enough distinct people. A number someone was told to call, message
 * or pay is at least "likely", and "many" needs three people; a number only seen on screens
 * needs two people to reach medium and never goes above it.
 */
export const LEVELS = {
  high: { score: 6, people: 3 },
  medium: { score: 3, people: 2 },
} as const;

export function daysBetween(isoDate: string, now: Date): number {
  const then = Date.parse(`${isoDate}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.max(0, Math.round((today - then) / 86_400_000));
}

/** The weighted count of people behind a number's reports. */
export function weightedPeople(evidence: NumberEvidence): number {
  const controlled = evidence.callbackPeople + evidence.appPeople;
  const screenPeople = Math.max(0, evidence.people - controlled - evidence.organisationPeople);
  return (
    PERSON_WEIGHTS.controlled * controlled +
    PERSON_WEIGHTS.screen * screenPeople +
    PERSON_WEIGHTS.screenOrganisation * evidence.organisationPeople
  );
}

const people = (n: number) => (n === 1 ? 'one person' : `${n.toLocaleString('en')} different people`);
const Capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "3 of them were", "all of them were", "they were": a part of `whole` people. */
function ofThem(part: number, whole: number, verb: { one: string; many: string }): string {
  if (part === whole) return whole === 1 ? `They ${verb.many}` : `All of them ${verb.many}`;
  return `${part.toLocaleString('en')} of them ${part === 1 ? verb.one : verb.many}`;
}

const SAFE_HABITS = 'Never share a one-time code, PIN or password, and never move money because a caller told you to.';
const IF_PAID = 'If you already paid or shared details, call your bank now on the number on your card.';

export function assessRisk(input: NumberEvidence, context: RiskContext): RiskVerdict {
  const figures = normaliseEvidence(input);
  const now = context.now ?? new Date();

  if (context.verified) return verifiedVerdict(figures, context.verified, now);

  if (figures.reports === 0 || !figures.lastReportedOn) {
    return {
      level: 'none',
      evidence: 'none',
      label: 'No reports yet',
      summary: 'Nobody has reported this number here. That does not make a caller genuine: scammers change numbers constantly and can show any number they like.',
      reasons: figures.reportsBeforeOwner > 0 ? [beforeOwnerReason(figures.reportsBeforeOwner, context.ownedSince)] : [],
      caveat: 'Caller ID proves nothing: scammers can make any number appear on your screen, even your bank’s.',
      steps: [
        'If you do not know the caller, let it go to voicemail or hang up. A genuine caller will leave a message or write.',
        'If they said they were your bank, the police or a company you use, hang up and call back on a number you already trust.',
        'Never share a one-time code, PIN or password, and never install an app a caller asks you to.',
      ],
      score: 0,
      capped: false,
      figures,
    };
  }

  const idleDays = daysBetween(figures.lastReportedOn, now);
  const decay = 0.5 ** (idleDays / HALF_LIFE_DAYS);
  const weighted = weightedPeople(figures);
  const weightedLoss = figures.people > 0 ? (figures.lossPeople * weighted) / figures.people : 0;
  const score = Math.round((PEOPLE_WEIGHT * Math.log2(1 + weighted) + LOSS_WEIGHT * Math.log2(1 + weightedLoss)) * decay * 100) / 100;

  const controlled = figures.callbackPeople + figures.appPeople;
  const evidence: EvidenceKind = controlled > 0 ? 'controlled' : 'screen';
  let level: RiskLevel;
  if (evidence === 'controlled') {
    level = score >= LEVELS.high.score && figures.people >= LEVELS.high.people ? 'high' : 'medium';
  } else {
    level = score >= LEVELS.medium.score && figures.people >= LEVELS.medium.people ? 'medium' : 'low';
  }
  const upheld = context.disputeState === 'upheld';
  const capped = upheld && level !== 'low';
  if (upheld) level = 'low';

  const reasons: string[] = [];
  if (upheld) {
    reasons.push('The owner of this number told us it is being spoofed, and our staff accepted that. Calls showing it may still be scams, but they are probably not from the owner.');
  }
  reasons.push(`${pluralize(figures.reports, 'published report')} from ${people(figures.people)}.`);
  if (figures.callbackPeople > 0) {
    reasons.push(`${ofThem(figures.callbackPeople, figures.people, { one: 'was', many: 'were' })} told to call, message or pay this number: whoever answers it is in on the scam.`);
  }
  if (figures.appPeople > 0) {
    reasons.push(
      `${ofThem(figures.appPeople, figures.people, { one: 'was', many: 'were' })} contacted from it on WhatsApp, Telegram or another app, which ties an account to its number: it cannot be faked there.`,
    );
  }
  const screenOnly = figures.people - controlled;
  if (screenOnly > 0) {
    reasons.push(`${ofThem(screenOnly, figures.people, { one: 'only saw', many: 'only saw' })} it on their screen, where it may have been faked: those calls may have come from someone else.`);
  }
  if (figures.organisationPeople > 0) {
    reasons.push(`${ofThem(figures.organisationPeople, figures.people, { one: 'says', many: 'say' })} the screen showed a real organisation’s number or name, a sign the number was borrowed.`);
  }
  if (figures.lossPeople > 0) {
    reasons.push(`${ofThem(figures.lossPeople, figures.people, { one: 'reported', many: 'reported' })} losing money.`);
  }
  if (figures.recentReports > 0) {
    reasons.push(
      figures.recentReports === figures.reports
        ? // Reports, not people: "all of them" after "from one person" would read as people.
          `${figures.reports === 1 ? 'It is' : figures.reports === 2 ? 'Both reports are' : `All ${figures.reports.toLocaleString('en')} reports are`} about contacts in the last 30 days.`
        : `${pluralize(figures.recentReports, 'report')} about contacts in the last 30 days.`,
    );
  }
  const first = figures.firstReportedOn && figures.firstReportedOn !== figures.lastReportedOn ? `First reported contact ${formatDate(figures.firstReportedOn)}; last ` : 'Last reported contact ';
  reasons.push(`${first}${formatDaysAgo(figures.lastReportedOn, now)} (${formatDate(figures.lastReportedOn)}).`);
  if (idleDays > HALF_LIFE_DAYS) {
    reasons.push('No recent reports, so older ones count for less: numbers are often spoofed for a short time, or passed on to someone new.');
  }
  if (figures.reportsBeforeOwner > 0) reasons.push(beforeOwnerReason(figures.reportsBeforeOwner, context.ownedSince));

  const copy = upheld ? UPHELD_COPY : copyFor(evidence, level, figures);
  const steps =
    evidence === 'controlled' && !upheld
      ? ['Do not call back, reply or pay. Block the number on your phone.', SAFE_HABITS, IF_PAID]
      : [
          'Do not trust the number on your screen: it can be faked. If the caller said they were a bank, a company or an official, hang up and call them on a number from their website or your card.',
          SAFE_HABITS,
          IF_PAID,
        ];
  const caveat =
    evidence === 'controlled' && !upheld
      ? 'Caller ID proves nothing, but this number is one the scammers gave out or used from an app account: they hold it.'
      : 'Caller ID proves nothing: this number can be faked on a screen, so the calls may have come from someone else.';
  return { level, evidence, ...copy, reasons, steps, caveat, score, capped, figures };
}

type Copy = { label: string; summary: string };

const UPHELD_COPY: Copy = {
  label: 'Reported, but the owner says it is spoofed',
  summary: 'People have reported calls showing this number, but its owner has shown us it is being faked by others. Treat the caller with suspicion, not the owner.',
};

function copyFor(evidence: 'screen' | 'controlled', level: RiskLevel, f: NumberEvidence): Copy {
  const who = Capital(people(f.people));
  if (evidence === 'screen') {
    return level === 'medium'
      ? {
          label: 'Shown in scam calls',
          summary: `${who} reported scam calls or messages showing this number. Numbers on a screen can be faked, so the calls may have come from someone else: do not trust a caller because of this number.`,
        }
      : {
          label: 'Seen in reported calls',
          summary: `${who} reported a scam call or message that showed this number. Numbers on a screen can be faked, so it may have come from someone else: judge any caller by what they ask for.`,
        };
  }
  const why =
    f.callbackPeople > 0
      ? 'Victims were told to call, message or pay it, and nobody can fake a number you dial yourself'
      : 'It was used from a WhatsApp, Telegram or similar account, which only the holder of the number can set up';
  return level === 'high'
    ? {
        label: 'Many scam reports',
        summary: `${who} reported this number. ${why}. Treat any contact from it as a scam.`,
      }
    : {
        label: 'Likely scam',
        summary: `${who} reported scam attempts involving this number. ${why}: whoever holds it is likely part of the scam. Do not call it, share codes or move money.`,
      };
}

function verifiedVerdict(figures: NumberEvidence, verified: VerifiedOrganisation, now: Date): RiskVerdict {
  const name = verified.organisation;
  const reasons: string[] = [];
  if (figures.reports > 0) {
    const shown = figures.people - figures.callbackPeople;
    reasons.push(
      `${pluralize(figures.reports, 'published report')} from ${people(figures.people)} ${figures.reports === 1 ? 'describes a call or message' : 'describe calls or messages'} that showed this number on the screen${shown < figures.people ? ' or named it' : ''}. Those calls did not come from ${name}: someone faked its number.`,
    );
    if (figures.lastReportedOn) reasons.push(`Last reported contact ${formatDaysAgo(figures.lastReportedOn, now)} (${formatDate(figures.lastReportedOn)}).`);
  }
  reasons.push(`Our staff checked this number against ${name}’s own publication.`);
  return {
    level: 'verified',
    evidence: 'verified',
    label: `Real number of ${name}`,
    summary: `This is the real number of ${name}. Scammers often fake it on your screen. A call showing it may not be from ${name} at all.`,
    reasons,
    caveat: `Caller ID proves nothing: anyone can make ${name}’s number appear on your screen.`,
    steps: [
      `If a call showing this number asks for a code, a PIN, a password or money, hang up.`,
      `Then call ${name} back yourself, on the number on your card or on its official website, to check.`,
      `If you already paid or shared details, tell ${name} at once, the same way.`,
    ],
    score: 0,
    capped: false,
    figures,
  };
}

function beforeOwnerReason(count: number, ownedSince: string | null): string {
  const since = ownedSince ? ` (${formatDate(ownedSince)})` : '';
  return `${pluralize(count, 'older report')} ${count === 1 ? 'is' : 'are'} from before its current owner got the number${since}, and ${count === 1 ? 'does' : 'do'} not count.`;
}

/** Clamps figures that came from separate counts so that no two of them can contradict. */
function normaliseEvidence(e: NumberEvidence): NumberEvidence {
  const reports = Math.max(0, Math.floor(e.reports));
  const peopleCount = Math.min(reports, Math.max(0, Math.floor(e.people)));
  const callbackPeople = Math.min(peopleCount, Math.max(0, e.callbackPeople));
  const appPeople = Math.min(peopleCount - callbackPeople, Math.max(0, e.appPeople));
  return {
    ...e,
    reports,
    people: peopleCount,
    callbackPeople,
    appPeople,
    organisationPeople: Math.min(peopleCount - callbackPeople - appPeople, Math.max(0, e.organisationPeople)),
    lossPeople: Math.min(peopleCount, Math.max(0, e.lossPeople)),
    recentReports: Math.min(reports, Math.max(0, e.recentReports)),
    reportsBeforeOwner: Math.max(0, e.reportsBeforeOwner),
  };
}

/** How strongly to warn that the number itself may be innocent. */
export function spoofingEmphasis(verdict: RiskVerdict): 'strong' | 'normal' {
  return verdict.evidence === 'screen' || verdict.evidence === 'verified' ? 'strong' : 'normal';
}

/**
 * Line types whose numbers belong to organisations or fixed premises: scammers show them on
 * screens to borrow a name ("neighbour spoofing" does the same with a local-looking number).
 */
export function spoofedLineNote(lineType: LineType): string | null {
  switch (lineType) {
    case 'fixed_line':
    case 'fixed_line_or_mobile':
      return 'Landline numbers are often faked on caller ID, sometimes one that looks local, so that you pick up.';
    case 'uan':
    case 'shared_cost':
    case 'toll_free':
      return 'Companies publish numbers like this one for their customers to call, and scammers often fake them on caller ID to borrow a company’s name.';
    default:
      return null;
  }
}
