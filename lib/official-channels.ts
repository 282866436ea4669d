import type { Channel } from '@/db/constants';

/**
 * Where to report officially, by the country the victim lives in (not the number's, nor the
 * browser's language). One data file, used by the report confirmation and the help walk; add a
 * country by adding an entry.
 */
export interface OfficialChannel {
  name: string;
  what: string;
  url?: string;
  phone?: string;
  /** Only for these ways of contact (7726 takes texts, not calls). */
  onlyFor?: Channel[];
  /** Only for someone who lost money. */
  afterLoss?: boolean;
}

export interface CountryChannels {
  /** The country's name as it reads in a sentence. */
  name: string;
  /** The single most urgent step for someone who has lost money. */
  urgent: string;
  /** The first thing to do, in the help walk, for someone who paid or shared details. */
  callNow: string;
  channels: OfficialChannel[];
}

export const OFFICIAL_CHANNELS: Record<string, CountryChannels> = {
  IN: {
    name: 'India',
    urgent: 'If you lost money, call 1930 at once: the sooner the bank is told, the better the chance of freezing the payment.',
    callNow: 'Call 1930, the National Cyber Crime Helpline, now, then your bank on the number on your card. Ask them to stop the payment and block your cards.',
    channels: [
      { name: 'National Cyber Crime Helpline', what: 'Report money lost to online or phone fraud, as soon as possible.', phone: '1930' },
      { name: 'National Cyber Crime Reporting Portal', what: 'File a complaint about cyber fraud online.', url: 'https://cybercrime.gov.in' },
      { name: 'Chakshu on Sanchar Saathi', what: 'Report suspected fraud calls, SMS and WhatsApp messages, so the numbers can be checked and cut off.', url: 'https://sancharsaathi.gov.in' },
    ],
  },
  GB: {
    name: 'the United Kingdom',
    urgent: 'If you lost money or shared bank details, call 159 now to reach your bank’s fraud team safely.',
    callNow: 'Call 159 now: it puts you through to your bank’s real fraud team. Ask them to stop the payment and block your cards.',
    channels: [
      { name: 'Stop Scams UK', what: 'Call 159 to be put through to your bank’s genuine fraud line, wherever the scammer said they were calling from.', phone: '159' },
      {
        name: 'Ask your bank to reimburse you',
        what: 'Since October 2024, banks and payment firms must reimburse most people tricked into sending a bank transfer (authorised push payment fraud), up to £85,000, normally within five working days. If your bank refuses, complain to the Financial Ombudsman Service, which is free.',
        url: 'https://www.financial-ombudsman.org.uk',
        afterLoss: true,
      },
      { name: 'Report Fraud', what: 'The national reporting service for fraud and cyber crime in England, Wales and Northern Ireland.', url: 'https://www.reportfraud.police.uk', phone: '0300 123 2040' },
      { name: 'Forward scam texts to 7726', what: 'Free on most networks: it helps your network block the sender.', phone: '7726', onlyFor: ['sms'] },
      { name: 'Report a scam call to 7726', what: 'Text the word CALL followed by the number that called you to 7726, free on most networks.', phone: '7726', onlyFor: ['phone_call', 'missed_call'] },
      { name: 'Police Scotland', what: 'In Scotland, report fraud to the police on 101.', phone: '101' },
    ],
  },
  US: {
    name: 'the United States',
    urgent: 'If you paid, contact the bank, card issuer or gift-card company you used right away and ask them to reverse it.',
    callNow: 'Call your bank or card issuer now, on the number on your card, or the gift-card company you paid with. Ask them to stop or reverse the payment.',
    channels: [
      { name: 'ReportFraud.ftc.gov', what: 'Tell the Federal Trade Commission about the scam; it shares reports with law enforcement.', url: 'https://reportfraud.ftc.gov' },
      { name: 'National Do Not Call Registry', what: 'Report unwanted and robocalls.', url: 'https://www.donotcall.gov' },
      { name: 'FBI Internet Crime Complaint Center', what: 'Report online and cyber-enabled fraud.', url: 'https://www.ic3.gov' },
    ],
  },
  AU: {
    name: 'Australia',
    urgent: 'If you lost money or shared bank details, contact your bank straight away.',
    callNow: 'Call your bank now, on the number on your card. Ask them to stop the payment and block your cards.',
    channels: [
      { name: 'Scamwatch', what: 'Report the scam to help warn others and disrupt scammers.', url: 'https://www.scamwatch.gov.au' },
      { name: 'ReportCyber', what: 'Report cybercrime to police through the Australian Cyber Security Centre.', url: 'https://www.cyber.gov.au/report-and-recover/report' },
      { name: 'IDCARE', what: 'Free help if your identity details were stolen or misused.', phone: '1800 595 160' },
    ],
  },
};

export const FALLBACK_CHANNELS: CountryChannels = {
  name: 'your country',
  urgent: 'If you lost money or shared bank details, call your bank now, on the number printed on your card or statement.',
  callNow: 'Call your bank now, on the number on the back of your card. Ask them to stop the payment and block your cards.',
  channels: [
    { name: 'Your bank or payment provider', what: 'Ask them to stop or reverse the payment and to secure your account.' },
    { name: 'Your local police', what: 'Report the fraud; keep the crime reference number they give you.' },
    { name: 'econsumer.gov', what: 'Report international scams to consumer protection agencies in over 40 countries.', url: 'https://www.econsumer.gov' },
  ],
};

/** The countries with their own channels, offered as "Where do you live?"; anything else is "other". */
export const RESIDENCES = ['IN', 'GB', 'US', 'AU'] as const;
export type Residence = (typeof RESIDENCES)[number] | 'other';

/** The residence to offer first: the visitor's region when it has channels, else "other". */
export function residenceFor(region: string | null | undefined): Residence {
  return (RESIDENCES as readonly string[]).includes(region ?? '') ? (region as Residence) : 'other';
}

export interface ChannelContext {
  /** How the scammer made contact, when known: some channels take only texts or only calls. */
  channel?: Channel | null;
  /** Whether money was lost, when known; unknown shows everything. */
  lost?: boolean | null;
}

export function officialChannelsFor(country: string | null | undefined, { channel = null, lost = null }: ChannelContext = {}): CountryChannels & { country: string | null } {
  const code = country?.toUpperCase() ?? null;
  const entry = code ? OFFICIAL_CHANNELS[code] : undefined;
  const found = entry ? { ...entry, country: code } : { ...FALLBACK_CHANNELS, country: null };
  const fits = (item: OfficialChannel) => (!item.onlyFor || !channel || item.onlyFor.includes(channel)) && (!item.afterLoss || lost !== false);
  return { ...found, channels: found.channels.filter(fits) };
}
