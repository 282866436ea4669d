import { getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import mobileExamples from 'libphonenumber-js/mobile/examples';
import { sql } from 'drizzle-orm';
import {
  CHANNELS,
  type Category,
  type Channel,
  type DecisionReason,
  type PaymentMethod,
  type ReportFlag,
  type ReportStatus,
} from '@/db/constants';
import { parsePhone, type ParsedPhone } from '@/lib/phone';
import { createReference } from '@/lib/reference';
import type { Db } from '../client';
import { refreshNumberCounters } from '../queries/phone-numbers';
import { DEMO_DATA_KEY } from '../queries/site-meta';
import { phoneNumbers, reports, siteMeta, verifiedNumbers, type NewReport } from '../schema';

/**
 * A deterministic, believable demo set: the same seed and date give the same data. Numbers come
 * from ranges set aside for drama and testing where a country has them (UK 020 7946 0xxx, US
 * 555-01xx, Australia 0491 570 xxx); elsewhere they are random numbers that merely look valid.
 */
export interface DemoOptions {
  seed?: number;
  now?: Date;
  numbers?: number;
  reports?: number;
}

export interface DemoData {
  numbers: ParsedPhone[];
  reports: NewReport[];
  /** Invented organisations' genuine numbers, which some demo reports show as spoofed. */
  verified: DemoVerifiedNumber[];
}

export interface DemoVerifiedNumber {
  e164: string;
  organisation: string;
  sourceUrl: string;
  country: CountryCode;
  /** What the calls that faked it pretended to be about. */
  category: Category;
  /** Reports of calls that faked it. */
  spoofedReports: number;
}

/**
 * Invented organisations, with numbers from ranges set aside for drama (UK 03069 990xxx and
 * 0808 157 0xxx, US 555-01xx, Australia 1800 160 4xx), so no real organisation is named.
 */
export const DEMO_VERIFIED_NUMBERS: readonly DemoVerifiedNumber[] = [
  { e164: '+443069990123', organisation: 'Northgate Bank', sourceUrl: 'https://northgate-bank.example/contact-us', country: 'GB', category: 'bank_impersonation', spoofedReports: 7 },
  { e164: '+448081570192', organisation: 'Riverside Energy', sourceUrl: 'https://riverside-energy.example/help/phone', country: 'GB', category: 'utility', spoofedReports: 3 },
  { e164: '+12025550171', organisation: 'Harbour Federal Credit Union', sourceUrl: 'https://harbourfcu.example/contact', country: 'US', category: 'bank_impersonation', spoofedReports: 4 },
  { e164: '+611800160401', organisation: 'Southern Cross Bank', sourceUrl: 'https://southerncrossbank.example/contact-us', country: 'AU', category: 'bank_impersonation', spoofedReports: 2 },
];

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for demo data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
export const chance = (rng: Rng, p: number) => rng() < p;
export const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');

export function weighted<T>(rng: Rng, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

export interface VictimCountry {
  code: CountryCode;
  currency: string;
  /** Typical loss range in major units. */
  loss: [number, number];
  payments: PaymentMethod[];
  banks: string[];
  authorities: string[];
  couriers: string[];
  utilities: string[];
}

export const VICTIM_COUNTRIES: ReadonlyArray<readonly [VictimCountry, number]> = [
  [{ code: 'IN', currency: 'INR', loss: [500, 800_000], payments: ['upi', 'upi', 'bank_transfer', 'wallet', 'card'], banks: ['HDFC Bank', 'SBI', 'ICICI Bank', 'Axis Bank', 'Paytm KYC'], authorities: ['Mumbai Police Cyber Cell', 'Income Tax Department', 'TRAI', 'CBI Officer', 'Customs Department'], couriers: ['FedEx', 'Blue Dart', 'India Post'], utilities: ['Electricity Board', 'BSES'] }, 34],
  [{ code: 'GB', currency: 'GBP', loss: [40, 40_000], payments: ['bank_transfer', 'bank_transfer', 'card', 'crypto', 'gift_card'], banks: ['Barclays Fraud Team', 'HSBC', 'Lloyds Bank', 'NatWest', 'Santander UK'], authorities: ['HMRC', 'Metropolitan Police', 'DVLA', 'National Crime Agency'], couriers: ['Royal Mail', 'DPD', 'Evri'], utilities: ['British Gas', 'BT Openreach'] }, 20],
  [{ code: 'US', currency: 'USD', loss: [50, 60_000], payments: ['gift_card', 'crypto', 'bank_transfer', 'card', 'wallet'], banks: ['Chase Fraud Dept', 'Wells Fargo', 'Bank of America', 'Zelle Support'], authorities: ['IRS', 'Social Security Admin', 'US Marshals', 'Medicare'], couriers: ['USPS', 'UPS', 'FedEx'], utilities: ['Con Edison', 'PG&E'] }, 20],
  [{ code: 'AU', currency: 'AUD', loss: [50, 50_000], payments: ['bank_transfer', 'card', 'crypto', 'gift_card'], banks: ['Commonwealth Bank', 'NAB', 'Westpac', 'ANZ'], authorities: ['ATO', 'Services Australia', 'AFP'], couriers: ['Australia Post', 'StarTrack'], utilities: ['Origin Energy', 'Telstra'] }, 8],
  [{ code: 'DE', currency: 'EUR', loss: [50, 30_000], payments: ['bank_transfer', 'card', 'crypto'], banks: ['Sparkasse', 'Deutsche Bank', 'Commerzbank'], authorities: ['Polizei', 'Europol', 'Finanzamt'], couriers: ['DHL', 'Hermes'], utilities: ['Stadtwerke'] }, 4],
  [{ code: 'NG', currency: 'NGN', loss: [5_000, 3_000_000], payments: ['bank_transfer', 'wallet', 'card'], banks: ['GTBank', 'Access Bank', 'First Bank'], authorities: ['EFCC', 'Nigeria Police'], couriers: ['GIG Logistics', 'DHL'], utilities: ['IKEDC'] }, 4],
  [{ code: 'KE', currency: 'KES', loss: [1_000, 400_000], payments: ['wallet', 'wallet', 'bank_transfer'], banks: ['M-Pesa Support', 'Equity Bank', 'KCB'], authorities: ['DCI Kenya', 'KRA'], couriers: ['G4S Courier', 'Posta Kenya'], utilities: ['Kenya Power'] }, 3],
  [{ code: 'PH', currency: 'PHP', loss: [500, 300_000], payments: ['wallet', 'bank_transfer', 'card'], banks: ['BDO', 'GCash Support', 'BPI'], authorities: ['NBI', 'BIR'], couriers: ['LBC', 'J&T Express'], utilities: ['Meralco'] }, 2],
  [{ code: 'MY', currency: 'MYR', loss: [100, 80_000], payments: ['bank_transfer', 'wallet', 'card'], banks: ['Maybank', 'CIMB', 'Public Bank'], authorities: ['PDRM', 'LHDN', 'Bank Negara'], couriers: ['Pos Malaysia', 'J&T Express'], utilities: ['TNB'] }, 2],
  [{ code: 'ID', currency: 'IDR', loss: [100_000, 80_000_000], payments: ['bank_transfer', 'wallet'], banks: ['BCA', 'Bank Mandiri', 'BRI'], authorities: ['Polri', 'Bea Cukai'], couriers: ['JNE', 'J&T Express'], utilities: ['PLN'] }, 1],
  [{ code: 'PL', currency: 'PLN', loss: [100, 60_000], payments: ['bank_transfer', 'card', 'crypto'], banks: ['PKO BP', 'mBank', 'Santander Polska'], authorities: ['Policja', 'KNF'], couriers: ['InPost', 'Poczta Polska'], utilities: ['PGE'] }, 1],
];

/** Countries whose numbers turn up as WhatsApp "virtual" numbers in the missed-call wave. */
export const VIRTUAL_NUMBER_COUNTRIES: CountryCode[] = ['ET', 'ID', 'KE', 'MY', 'VN', 'PH', 'NG', 'PL', 'PK', 'AE'];

export const CATEGORY_WEIGHTS: ReadonlyArray<readonly [Category, number]> = [
  ['bank_impersonation', 18],
  ['task_job', 14],
  ['robocall', 12],
  ['government_impersonation', 9],
  ['tech_support', 8],
  ['investment', 8],
  ['delivery', 7],
  ['phishing_link', 6],
  ['lottery_prize', 4],
  ['loan_debt', 4],
  ['utility', 3],
  ['sextortion', 3],
  ['romance', 2],
  ['other', 2],
];

export const CHANNELS_BY_CATEGORY: Record<Category, Channel[]> = {
  bank_impersonation: ['phone_call', 'phone_call', 'sms', 'whatsapp_call'],
  government_impersonation: ['phone_call', 'whatsapp_call', 'phone_call'],
  tech_support: ['phone_call', 'phone_call', 'sms'],
  task_job: ['whatsapp_message', 'whatsapp_message', 'telegram', 'missed_call', 'whatsapp_call'],
  investment: ['whatsapp_message', 'telegram', 'phone_call'],
  lottery_prize: ['sms', 'whatsapp_message', 'phone_call'],
  loan_debt: ['sms', 'phone_call', 'whatsapp_message'],
  sextortion: ['whatsapp_call', 'whatsapp_message', 'telegram'],
  romance: ['whatsapp_message', 'other_app', 'telegram'],
  delivery: ['sms', 'phone_call', 'whatsapp_message'],
  utility: ['sms', 'phone_call'],
  robocall: ['missed_call', 'missed_call', 'phone_call', 'whatsapp_call'],
  phishing_link: ['sms', 'whatsapp_message'],
  other: [...CHANNELS],
};

const LOSS_CHANCE: Record<Category, number> = {
  bank_impersonation: 0.35,
  government_impersonation: 0.3,
  tech_support: 0.3,
  task_job: 0.45,
  investment: 0.55,
  lottery_prize: 0.25,
  loan_debt: 0.3,
  sextortion: 0.2,
  romance: 0.5,
  delivery: 0.15,
  utility: 0.15,
  robocall: 0.02,
  phishing_link: 0.2,
  other: 0.1,
};

interface StoryContext {
  country: VictimCountry;
  bank: string;
  authority: string;
  courier: string;
  utility: string;
  money: string;
  small: string;
  minutes: number;
  lost: boolean;
}

type Story = (c: StoryContext) => string;

// Written to read like real reports: short, first person, the details moderators look for.
const STORIES: Record<Category, Story[]> = {
  bank_impersonation: [
    (c) => `Caller said he was from ${c.bank} and that my card had been used for a purchase I did not make. He already knew my name and the last digits of my card. He asked me to read out the code that came by SMS to "block" the payment. ${c.lost ? `After I read it, ${c.money} left my account.` : 'I hung up and called the number on the back of my card instead. The bank said they never called me.'}`,
    (c) => `Got a message that my ${c.bank} account would be blocked today unless I updated my KYC. It gave a number to call. The man on the phone asked me to install an app "for verification". ${c.lost ? `They took ${c.money} through the app before I understood what was happening.` : 'I refused and blocked the number.'}`,
    (c) => `Call showing "${c.bank}" on my screen. Very professional, background noise like a call centre. Said my account was compromised and I must move my savings to a "safe account" today. ${c.lost ? `I moved ${c.money}. The bank later confirmed the account belongs to a stranger.` : 'I said I would visit my branch and he became angry and hung up.'}`,
  ],
  government_impersonation: [
    (c) => `Recorded voice said it was ${c.authority} and there was a case against my name. Pressed 1 and a man in "uniform" appeared on a video call, showed an ID card and said I would be arrested unless I paid a security deposit. ${c.lost ? `I paid ${c.money} because I was scared.` : 'I ended the call and checked with the real office. There was no case.'}`,
    (c) => `Caller claimed to be from ${c.authority} and said I owed back taxes and a fine. He wanted payment within the hour and said not to tell anyone. ${c.lost ? `I paid ${c.money} before my son stopped me.` : 'Real agencies write to you first. I did not pay.'}`,
  ],
  tech_support: [
    (c) => `Pop-up on my laptop said it was infected and to call "Microsoft support" at this number. The man asked me to install AnyDesk so he could fix it, then said hackers had reached my bank. ${c.lost ? `While he was connected, ${c.money} was transferred out.` : 'I switched the laptop off and did not install anything.'}`,
    (c) => `Searched online for a customer care number for a refund and called this one. The agent asked me to open my banking app and share my screen "to process the refund". ${c.lost ? `Lost ${c.money}.` : 'I realised no real company needs to see my screen and hung up.'}`,
  ],
  task_job: [
    (c) => `WhatsApp message offering a part-time job liking YouTube videos, paid per like. They paid me ${c.small} for the first tasks, then moved me to a Telegram group where I had to "invest" to unlock higher tasks. ${c.lost ? `Paid in ${c.money} in total and could never withdraw anything.` : 'When they asked for money I left the group.'}`,
    (c) => `Missed call from this foreign number, then a message from a "recruiter" about writing hotel reviews from home, 30 minutes a day. First two tasks paid ${c.small}. Then the "prepaid task" needed a deposit. ${c.lost ? `I deposited ${c.money} and they said I had made a mistake and must pay more to get it back.` : 'I stopped there.'}`,
    (c) => `Got added to a Telegram group after a WhatsApp chat about a work-from-home job. Everyone in the group posted screenshots of big profits, which looked fake. ${c.lost ? `I lost ${c.money} on "merchant tasks".` : 'They asked for a deposit and I refused.'}`,
  ],
  investment: [
    (c) => `Added to a WhatsApp group about share trading tips run by a "professor". They asked us to install a trading app that showed huge profits. ${c.lost ? `I invested ${c.money}. When I tried to withdraw they asked for a 20% "tax" first.` : 'The app was not in the official store, so I did not install it.'}`,
    (c) => `Caller offered guaranteed returns on a crypto platform, "double your money in 30 days". Very pushy, called again every day. ${c.lost ? `Lost ${c.money}.` : 'I told them to stop calling.'}`,
  ],
  lottery_prize: [
    (c) => `Message said I had won a car in a lucky draw and must pay a registration fee and GST to receive it. ${c.lost ? `Paid ${c.money} in fees; no car and the number now does not answer.` : 'I never entered any draw, so I ignored it.'}`,
    (c) => `Call saying I won a prize from a shopping site. They needed a "processing fee" by gift card. ${c.lost ? `I sent ${c.money}.` : 'Nobody honest asks for gift cards. Hung up.'}`,
  ],
  loan_debt: [
    (c) => `SMS offered an instant loan with no documents. The app they sent asked for access to my contacts and photos. ${c.lost ? `After a "processing fee" of ${c.money} no loan came, and they threatened to send edited photos to my contacts.` : 'I uninstalled the app straight away.'}`,
    (c) => `Caller said he could clear my credit card debt for a one-time fee. He knew the name of my card company. ${c.lost ? `I paid ${c.money}; the debt is still there.` : 'I checked with my card company, who said it was a scam.'}`,
  ],
  sextortion: [
    (c) => `Video call from this number on WhatsApp, a woman on screen, I ended it within seconds. Then messages with a recording and a demand for money or they would send it to my family. ${c.lost ? `I paid ${c.money} and they asked for more.` : 'I blocked them, told my family, and reported it.'}`,
  ],
  romance: [
    (c) => `Met someone on a dating app who moved the chat to WhatsApp. After weeks of messages they needed money for a customs fee on a gift they had "sent". ${c.lost ? `I sent ${c.money} over two months.` : 'I asked for a video call and they disappeared.'}`,
  ],
  delivery: [
    (c) => `Text said my ${c.courier} parcel was held and asked me to pay a small redelivery fee through a link. The link asked for my card details and then a code. ${c.lost ? `A payment of ${c.money} followed.` : 'I was not expecting a parcel and deleted it.'}`,
    (c) => `Caller claimed to be from ${c.courier} and said a parcel in my name had drugs and passports in it, then passed me to "police". ${c.lost ? `They made me pay ${c.money} to "clear my name".` : 'I hung up and called the courier myself.'}`,
  ],
  utility: [
    (c) => `SMS said my ${c.utility} connection would be cut tonight at 9:30 because the last bill was not updated, and to call this officer. He asked me to install an app to pay. ${c.lost ? `Lost ${c.money}.` : 'My bill was paid. I checked on the official website.'}`,
  ],
  robocall: [
    (c) => `Missed call at night from this international number, rang once. I did not call back. Got ${c.minutes > 20 ? 'three more' : 'another'} the same week from similar numbers.`,
    (c) => `Silent call, nobody spoke, then the line went dead after ${c.minutes} seconds. Happens almost every day from numbers like this.`,
    (c) => `Automated message said my ${c.bank} account was suspended and to press 1 to speak to an agent. I hung up.`,
    () => `One ring and gone, from a country I have no connection with. Searching the number showed other people getting the same.`,
  ],
  phishing_link: [
    (c) => `Message with a link to "update your details" that looked like ${c.bank}. The site asked for my login and the code sent to my phone. ${c.lost ? `${c.money} was taken within minutes.` : 'The web address was misspelled, so I closed it.'}`,
    (c) => `Text about a tax refund from ${c.authority} with a link. It wanted card details to "receive" the refund. ${c.lost ? `They charged ${c.money} to my card.` : 'Did not click.'}`,
  ],
  other: [
    (c) => `Caller asked strange questions about my family and whether I live alone, and said he was doing a "survey" for ${c.bank}. Felt wrong, so I hung up.`,
    (c) => `Someone pretending to be my nephew with a new number said he was in trouble and needed money urgently. ${c.lost ? `I sent ${c.money} before I called my nephew on his real number.` : 'I called my nephew on his old number and he was fine.'}`,
  ],
};

const CALLER_ID_CATEGORIES: Category[] = ['bank_impersonation', 'government_impersonation', 'tech_support', 'delivery', 'utility'];

/**
 * A valid number for a country. The demo set keeps to the drama and test ranges where a country
 * has them; `anyRange` (the benchmark's scale set, which needs hundreds of thousands) draws from
 * the country's whole mobile range instead.
 */
export function makeNumber(rng: Rng, country: CountryCode, { anyRange = false } = {}): ParsedPhone | null {
  const example = getExampleNumber(country, mobileExamples);
  const candidate = (() => {
    switch (anyRange ? null : country) {
      case 'GB':
        return `+44${pick(rng, ['2079460', '1134960', '1614960', '1184960'])}${digits(rng, 3)}`;
      case 'US':
        return `+1${pick(rng, ['202', '212', '312', '415', '646', '713', '305', '206', '617', '404'])}55501${digits(rng, 2)}`;
      case 'AU':
        return chance(rng, 0.6) ? `+61491570${String(6 + Math.floor(rng() * 154)).padStart(3, '0')}` : `+61${pick(rng, ['25550', '37010'])}${digits(rng, 4)}`;
      default: {
        if (!example) return null;
        const nsn = example.nationalNumber;
        const keep = Math.max(2, nsn.length - 6);
        return `+${example.countryCallingCode}${nsn.slice(0, keep)}${digits(rng, nsn.length - keep)}`;
      }
    }
  })();
  const parsed = parsePhone(candidate, null);
  return parsed.ok ? parsed.phone : null;
}

function roundMoney(value: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.max(1, Math.round(value / magnitude) * magnitude);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

function formatMoney(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) moneyFormats.set(currency, (format = new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 })));
  return format.format(amount);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

/** What a report is about; the rest of it (dates, outcome, story, decision) is drawn here. */
export interface ReportDraft {
  index: number;
  country: VictimCountry;
  category: Category;
  channel: Channel;
  displayed: string;
  callback: string | null;
  nextReference: () => string;
  reporterHash: () => string;
}

/** One believable report: the demo set and the benchmark's scale set both draw them here. */
export function draftReport(rng: Rng, now: Date, report: ReportDraft): NewReport {
  const { index, country, category, channel, displayed, callback } = report;
  const daysAgo = Math.floor(365 * rng() ** 2.2);
  const occurred = addMinutes(new Date(now.getTime() - daysAgo * 86_400_000), -Math.floor(rng() * 600));
  const status: ReportStatus = daysAgo < 6 && chance(rng, 0.55)
    ? 'pending'
    : weighted(rng, [['approved', 84], ['rejected', 10], ['spam', 6]] as const);
  const created = addMinutes(occurred, 30 + Math.floor(rng() * 2_000));
  const createdAt = created > now ? addMinutes(now, -Math.floor(rng() * 240) - 5) : created;

  const lost = chance(rng, LOSS_CHANCE[category]);
  const [min, max] = country.loss;
  const amount = roundMoney(Math.exp(Math.log(min) + rng() * (Math.log(max) - Math.log(min))));
  const smallPayout = roundMoney(Math.max(min / 5, 1) * (1 + rng() * 3));
  const story = pick(rng, STORIES[category])({
    country,
    bank: pick(rng, country.banks),
    authority: pick(rng, country.authorities),
    courier: pick(rng, country.couriers),
    utility: pick(rng, country.utilities),
    money: formatMoney(amount, country.currency),
    small: formatMoney(smallPayout, country.currency),
    minutes: 5 + Math.floor(rng() * 40),
    lost,
  });

  const reference = report.nextReference();

  const decided = status === 'pending' ? null : addMinutes(createdAt, 20 + Math.floor(rng() * 1_400));
  const decidedAt = decided && decided > now ? addMinutes(now, -1) : decided;
  const decisionReason: DecisionReason | null =
    status === 'approved' ? 'approved' : status === 'spam' ? 'spam' : status === 'rejected' ? pick(rng, ['not_a_scam', 'duplicate', 'insufficient_detail', 'personal_data'] as const) : null;
  const flags: ReportFlag[] = chance(rng, 0.08) ? ['unverified'] : [];

  return {
    reference,
    status,
    displayedE164: displayed,
    callbackE164: callback && callback !== displayed ? callback : null,
    channel,
    category,
    callerIdName: CALLER_ID_CATEGORIES.includes(category) && chance(rng, 0.6)
      ? pick(rng, category === 'government_impersonation' ? country.authorities : category === 'delivery' ? country.couriers : category === 'utility' ? country.utilities : country.banks)
      : null,
    occurredOn: isoDay(occurred),
    occurredTime: chance(rng, 0.7) ? occurred.toISOString().slice(11, 16) : null,
    description: story,
    descriptionRedacted: story,
    lossAmountMinor: lost ? amount * 100 : null,
    lossCurrency: lost ? country.currency : null,
    paymentMethod: lost ? pick(rng, country.payments) : null,
    reporterEmail: chance(rng, 0.3) ? `reporter${index}@demo.invalid` : null,
    reporterCountry: country.code,
    ipHash: report.reporterHash(),
    verified: flags.length === 0,
    flags,
    decidedAt,
    decisionReason,
    decisionNote: status === 'rejected' ? 'Demo decision.' : null,
    publishedAt: status === 'approved' ? decidedAt : null,
    createdAt,
    updatedAt: decidedAt ?? createdAt,
  };
}

export function generateDemoData({ seed = 20221124, now = new Date(), numbers: numberCount = 400, reports: reportCount = 2400 }: DemoOptions = {}): DemoData {
  const rng = createRng(seed);
  const byE164 = new Map<string, ParsedPhone>();

  const addNumber = (country: CountryCode): string => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const phone = makeNumber(rng, country);
      if (phone && !byE164.has(phone.e164)) {
        byE164.set(phone.e164, phone);
        return phone.e164;
      }
    }
    throw new Error(`could not make a demo number for ${country}`);
  };

  // Local numbers (often spoofed to look like banks or officials) and foreign "virtual" numbers.
  const localPool = new Map<CountryCode, string[]>();
  const virtualPool: string[] = [];
  const callbackPool: string[] = [];
  for (let i = 0; i < numberCount; i += 1) {
    const roll = rng();
    if (roll < 0.3) {
      virtualPool.push(addNumber(pick(rng, VIRTUAL_NUMBER_COUNTRIES)));
    } else if (roll < 0.42) {
      callbackPool.push(addNumber(weighted(rng, VICTIM_COUNTRIES).code));
    } else {
      const country = weighted(rng, VICTIM_COUNTRIES).code;
      const pool = localPool.get(country) ?? [];
      pool.push(addNumber(country));
      localPool.set(country, pool);
    }
  }

  // A few numbers draw most reports: the skew real portals see.
  const zipfPick = (pool: string[]): string => {
    const index = Math.min(pool.length - 1, Math.floor(pool.length * rng() ** 4));
    return pool[index]!;
  };

  const rows: NewReport[] = [];
  const reporterHashes = Array.from({ length: Math.ceil(reportCount * 0.85) }, () => digits(rng, 16));
  const references = new Set<string>();
  const usualCategory = new Map<string, Category>();
  const nextReference = () => {
    let reference = createReference('SR', Uint8Array.from({ length: 5 }, () => Math.floor(rng() * 256)));
    while (references.has(reference)) reference = createReference('SR', Uint8Array.from({ length: 5 }, () => Math.floor(rng() * 256)));
    references.add(reference);
    return reference;
  };
  const reporterHash = () => pick(rng, reporterHashes);

  for (let i = 0; i < reportCount; i += 1) {
    const country = weighted(rng, VICTIM_COUNTRIES);
    const drawn = weighted(rng, CATEGORY_WEIGHTS);
    const international = ['task_job', 'robocall', 'investment', 'sextortion', 'romance'].includes(drawn) && chance(rng, 0.75);
    const local = localPool.get(country.code) ?? [];
    const displayed = zipfPick(international || local.length === 0 ? virtualPool : local);
    // A number is mostly used for one kind of scam: the first report sets it.
    const usual = usualCategory.get(displayed);
    const category = usual && chance(rng, 0.8) ? usual : drawn;
    if (!usual) usualCategory.set(displayed, drawn);
    const channel = pick(rng, CHANNELS_BY_CATEGORY[category]);
    const callback =
      ['bank_impersonation', 'government_impersonation', 'tech_support', 'task_job', 'delivery', 'utility', 'loan_debt'].includes(category) &&
      chance(rng, 0.3)
        ? zipfPick(callbackPool)
        : null;

    rows.push(
      draftReport(rng, now, {
        index: i,
        country,
        category,
        channel,
        displayed,
        callback,
        nextReference,
        reporterHash,
      }),
    );
  }

  // Calls that faked organisations' genuine numbers: the screen showed the real bank or company.
  for (const genuine of DEMO_VERIFIED_NUMBERS) {
    const phone = parsePhone(genuine.e164, null);
    const country = VICTIM_COUNTRIES.find(([victim]) => victim.code === genuine.country)?.[0];
    if (!phone.ok || !country) continue;
    byE164.set(phone.phone.e164, phone.phone);
    for (let i = 0; i < genuine.spoofedReports; i += 1) {
      const draft = draftReport(rng, now, {
        index: rows.length,
        country,
        category: genuine.category,
        channel: 'phone_call',
        displayed: phone.phone.e164,
        callback: null,
        nextReference,
        reporterHash,
      });
      const published = draft.status !== 'pending';
      rows.push({
        ...draft,
        status: published ? 'approved' : 'pending',
        decisionReason: published ? 'approved' : null,
        decisionNote: null,
        publishedAt: published ? draft.decidedAt : null,
        callerIdName: genuine.organisation,
        screenShowedOrganisation: true,
      });
    }
  }

  return { numbers: [...byE164.values()], reports: rows, verified: [...DEMO_VERIFIED_NUMBERS] };
}

/** Loads the demo set in one transaction: all of it or nothing. */
export async function loadDemoData(db: Db, options: DemoOptions = {}): Promise<{ numbers: number; reports: number }> {
  const data = generateDemoData(options);
  await db.transaction(async (tx) => {
    for (let i = 0; i < data.numbers.length; i += 500) {
      await tx
        .insert(phoneNumbers)
        .values(
          data.numbers.slice(i, i + 500).map((phone) => ({
            e164: phone.e164,
            countryCode: phone.country,
            callingCode: phone.callingCode,
            lineType: phone.lineType,
          })),
        )
        .onConflictDoNothing();
    }
    for (let i = 0; i < data.reports.length; i += 250) {
      await tx.insert(reports).values(data.reports.slice(i, i + 250)).onConflictDoNothing();
    }
    await refreshNumberCounters(tx, data.numbers.map((phone) => phone.e164));
    if (data.verified.length > 0) {
      await tx
        .insert(verifiedNumbers)
        .values(data.verified.map(({ e164, organisation, sourceUrl }) => ({ e164, organisation, sourceUrl, verifiedByLabel: 'system' })))
        .onConflictDoNothing();
    }
    await tx
      .insert(siteMeta)
      .values({ key: DEMO_DATA_KEY, value: { loadedAt: new Date().toISOString(), seed: options.seed ?? null } })
      .onConflictDoUpdate({ target: siteMeta.key, set: { value: sql`excluded.value`, updatedAt: sql`now()` } });
  });
  return { numbers: data.numbers.length, reports: data.reports.length };
}

/** True when nothing has ever been stored: the first start of a new embedded database. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ e164: phoneNumbers.e164 }).from(phoneNumbers).limit(1);
  return rows.length === 0;
}
