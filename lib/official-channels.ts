/**
 * Where to report officially, by the reporter's country. One data file, used by the report
 * confirmation and the guidance; add a country by adding an entry.
 */
export interface OfficialChannel {
  name: string;
  what: string;
  url?: string;
  phone?: string;
}

export interface CountryChannels {
  /** The country's name as it reads in a sentence. */
  name: string;
  /** The single most urgent step for someone who has lost money. */
  urgent: string;
  channels: OfficialChannel[];
}

export const OFFICIAL_CHANNELS: Record<string, CountryChannels> = {
  IN: {
    name: 'India',
    urgent: 'If you lost money, call 1930 at once: the sooner the bank is told, the better the chance of freezing the payment.',
    channels: [
      { name: 'National Cyber Crime Helpline', what: 'Report money lost to online or phone fraud, as soon as possible.', phone: '1930' },
      { name: 'National Cyber Crime Reporting Portal', what: 'File a complaint about cyber fraud online.', url: 'https://cybercrime.gov.in' },
      { name: 'Chakshu on Sanchar Saathi', what: 'Report suspected fraud calls, SMS and WhatsApp messages, so the numbers can be checked and cut off.', url: 'https://sancharsaathi.gov.in' },
    ],
  },
  GB: {
    name: 'the United Kingdom',
    urgent: 'If you lost money or shared bank details, call 159 now to reach your bank’s fraud team safely.',
    channels: [
      { name: '159', what: 'Connects you to your bank’s genuine fraud line, wherever the scammer said they were calling from.', phone: '159' },
      { name: 'Report Fraud', what: 'The national reporting service for fraud and cyber crime in England, Wales and Northern Ireland.', url: 'https://www.reportfraud.police.uk', phone: '0300 123 2040' },
      { name: 'Forward scam texts to 7726', what: 'Free on most networks: it helps your network block the sender.', phone: '7726' },
      { name: 'Police Scotland', what: 'In Scotland, report fraud to the police on 101.', phone: '101' },
    ],
  },
  US: {
    name: 'the United States',
    urgent: 'If you paid, contact the bank, card issuer or gift-card company you used right away and ask them to reverse it.',
    channels: [
      { name: 'ReportFraud.ftc.gov', what: 'Tell the Federal Trade Commission about the scam; it shares reports with law enforcement.', url: 'https://reportfraud.ftc.gov' },
      { name: 'National Do Not Call Registry', what: 'Report unwanted and robocalls.', url: 'https://www.donotcall.gov' },
      { name: 'FBI Internet Crime Complaint Center', what: 'Report online and cyber-enabled fraud.', url: 'https://www.ic3.gov' },
    ],
  },
  AU: {
    name: 'Australia',
    urgent: 'If you lost money or shared bank details, contact your bank straight away.',
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
  channels: [
    { name: 'Your bank or payment provider', what: 'Ask them to stop or reverse the payment and to secure your account.' },
    { name: 'Your local police', what: 'Report the fraud; keep the crime reference number they give you.' },
    { name: 'econsumer.gov', what: 'Report international scams to consumer protection agencies in over 40 countries.', url: 'https://www.econsumer.gov' },
  ],
};

export function officialChannelsFor(country: string | null | undefined): CountryChannels & { country: string | null } {
  const code = country?.toUpperCase() ?? null;
  const entry = code ? OFFICIAL_CHANNELS[code] : undefined;
  return entry ? { ...entry, country: code } : { ...FALLBACK_CHANNELS, country: null };
}
