// The product's vocabularies. Drizzle-free, so client components, zod schemas and the CLI can
// import them; the schema turns each list into a CHECK constraint.

export const REPORT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const CHANNELS = [
  'phone_call',
  'missed_call',
  'sms',
  'whatsapp_call',
  'whatsapp_message',
  'telegram',
  'other_app',
] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Channels where the number shown is an app account's, which the app checked with a code sent to
 * that number: unlike caller ID or an SMS sender, the sender cannot simply fake it.
 */
export const APP_CHANNELS = ['whatsapp_call', 'whatsapp_message', 'telegram', 'other_app'] as const satisfies readonly Channel[];

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone_call: 'Phone call',
  missed_call: 'Missed call',
  sms: 'SMS / text message',
  whatsapp_call: 'WhatsApp call',
  whatsapp_message: 'WhatsApp message',
  telegram: 'Telegram',
  other_app: 'Other app',
};

export const CATEGORIES = [
  'bank_impersonation',
  'government_impersonation',
  'tech_support',
  'task_job',
  'investment',
  'lottery_prize',
  'loan_debt',
  'sextortion',
  'romance',
  'delivery',
  'utility',
  'robocall',
  'phishing_link',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CategoryInfo {
  label: string;
  description: string;
  /** Closest subject in the US FTC Do Not Call "reported calls" data. */
  ftcSubject: string;
  /** Closest category of India's Chakshu facility on Sanchar Saathi. */
  chakshu: string;
  /** Closest scam type used by Australia's Scamwatch. */
  scamwatch: string;
}

export const CATEGORY_INFO: Record<Category, CategoryInfo> = {
  bank_impersonation: {
    label: 'Bank, KYC or account impersonation',
    description: 'Pretends to be your bank, card issuer or wallet and asks you to "update KYC", confirm a payment or move money.',
    ftcSubject: 'Calls pretending to be government, businesses, or family and friends',
    chakshu: 'KYC related - Bank / Electricity / Gas / Insurance policy etc.',
    scamwatch: 'Impersonation scams',
  },
  government_impersonation: {
    label: 'Government, police or tax impersonation',
    description: 'Claims to be the police, a court, customs or the tax office and threatens arrest or fines unless you pay.',
    ftcSubject: 'Calls pretending to be government, businesses, or family and friends',
    chakshu: 'Impersonation as Government official / relative',
    scamwatch: 'Threats and extortion scams',
  },
  tech_support: {
    label: 'Fake customer care or tech support',
    description: 'Poses as a helpline or technician, often asking you to install a remote-access app.',
    ftcSubject: 'Computer & technical support',
    chakshu: 'Fake customer care helpline',
    scamwatch: 'Remote access scams',
  },
  task_job: {
    label: 'Task or part-time job (likes, reviews)',
    description: 'Offers easy money for liking videos or writing reviews, pays a little, then asks you to "invest".',
    ftcSubject: 'Work from home',
    chakshu: 'Online job / lottery / gifts / loan offers',
    scamwatch: 'Jobs and employment scams',
  },
  investment: {
    label: 'Investment, trading or crypto',
    description: 'Promises high or guaranteed returns on shares, trading apps or cryptocurrency.',
    ftcSubject: 'Other',
    chakshu: 'Investment / trading / crypto fraud',
    scamwatch: 'Investment scams',
  },
  lottery_prize: {
    label: 'Lottery, prize or gift',
    description: 'Says you have won something and must pay a fee or tax to receive it.',
    ftcSubject: 'Lotteries, prizes & sweepstakes',
    chakshu: 'Online job / lottery / gifts / loan offers',
    scamwatch: 'Unexpected money',
  },
  loan_debt: {
    label: 'Loan or debt relief',
    description: 'Offers an instant loan or to clear your debts after an upfront "processing fee".',
    ftcSubject: 'Reducing your debt (credit cards, mortgage, student loans)',
    chakshu: 'Online job / lottery / gifts / loan offers',
    scamwatch: 'Product and service scams',
  },
  sextortion: {
    label: 'Sextortion or blackmail',
    description: 'Threatens to share intimate images or videos unless you pay.',
    ftcSubject: 'Other',
    chakshu: 'Sextortion',
    scamwatch: 'Threats and extortion scams',
  },
  romance: {
    label: 'Romance',
    description: 'Builds a relationship online, then asks for money for an emergency, travel or an "investment".',
    ftcSubject: 'Other',
    chakshu: 'Others',
    scamwatch: 'Dating and romance scams',
  },
  delivery: {
    label: 'Delivery or parcel',
    description: 'Claims a parcel is held or contains something illegal, and asks for a fee or your details.',
    ftcSubject: 'Calls pretending to be government, businesses, or family and friends',
    chakshu: 'Others',
    scamwatch: 'Phishing',
  },
  utility: {
    label: 'Utility disconnection',
    description: 'Threatens to cut your electricity, gas or phone tonight unless you pay at once.',
    ftcSubject: 'Energy, solar, & utilities',
    chakshu: 'KYC related - Bank / Electricity / Gas / Insurance policy etc.',
    scamwatch: 'Impersonation scams',
  },
  robocall: {
    label: 'Missed calls, robocalls or silent calls',
    description: 'Rings once from an unknown or foreign number, plays a recording, or stays silent, to make you call back.',
    ftcSubject: 'Dropped call or no message',
    chakshu: 'Others',
    scamwatch: 'Phishing',
  },
  phishing_link: {
    label: 'Phishing link',
    description: 'Sends a link to a fake site or app that steals passwords, card details or one-time codes.',
    ftcSubject: 'Other',
    chakshu: 'Malicious links / websites',
    scamwatch: 'Phishing',
  },
  other: {
    label: 'Other',
    description: 'Something else that looked like a scam.',
    ftcSubject: 'Other',
    chakshu: 'Others',
    scamwatch: 'Other scams',
  },
};

/** The kinds of scam in the groups the report form shows them in: every kind in one group. */
export const CATEGORY_GROUPS: ReadonlyArray<{ label: string; categories: readonly Category[] }> = [
  { label: 'Pretending to be someone you trust', categories: ['bank_impersonation', 'government_impersonation', 'tech_support', 'delivery', 'utility'] },
  { label: 'Offering money, work, a prize or love', categories: ['task_job', 'investment', 'lottery_prize', 'loan_debt', 'romance'] },
  { label: 'Threats, links and nuisance calls', categories: ['sextortion', 'phishing_link', 'robocall', 'other'] },
];

export const PAYMENT_METHODS = [
  'upi',
  'bank_transfer',
  'card',
  'crypto',
  'gift_card',
  'cash',
  'wallet',
  'other',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  upi: 'UPI',
  bank_transfer: 'Bank transfer',
  card: 'Card',
  crypto: 'Cryptocurrency',
  gift_card: 'Gift card',
  cash: 'Cash',
  wallet: 'Mobile wallet',
  other: 'Other',
};

export const LINE_TYPES = [
  'mobile',
  'fixed_line',
  'fixed_line_or_mobile',
  'voip',
  'toll_free',
  'premium_rate',
  'shared_cost',
  'personal_number',
  'pager',
  'uan',
  'voicemail',
  'unknown',
] as const;
export type LineType = (typeof LINE_TYPES)[number];

export const LINE_TYPE_LABELS: Record<LineType, string> = {
  mobile: 'Mobile',
  fixed_line: 'Landline',
  fixed_line_or_mobile: 'Landline or mobile',
  voip: 'Internet (VoIP) number',
  toll_free: 'Toll-free',
  premium_rate: 'Premium rate',
  shared_cost: 'Shared cost',
  personal_number: 'Personal (follow-me) number',
  pager: 'Pager',
  uan: 'Company number',
  voicemail: 'Voicemail access',
  unknown: 'Unknown line type',
};

/** A number's dispute state: has its owner said it is being spoofed or wrongly listed? */
export const DISPUTE_STATES = ['none', 'pending', 'upheld', 'rejected'] as const;
export type DisputeState = (typeof DISPUTE_STATES)[number];

/** A dispute is upheld only after two different staff members agree (four-eyes). */
export const DISPUTE_STATUSES = ['pending', 'awaiting_second_review', 'upheld', 'rejected'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

/** Reasons for not publishing a report. */
export const REJECTION_REASONS = ['not_a_scam', 'duplicate', 'personal_data', 'abusive', 'insufficient_detail', 'spam'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/**
 * Prepared rejections: the reasons moderators give most, each with the note it usually needs, so
 * that a common rejection is one press (keys 1 to 6 on the review page).
 */
export const REJECTION_TEMPLATES = [
  { key: 'genuine', label: 'A genuine organisation’s call', reason: 'not_a_scam', note: 'The call or message came from the organisation itself, with nothing a scam would ask for.' },
  { key: 'repeat', label: 'Sent again by the same person', reason: 'duplicate', note: 'The same reporter sent this call before; the earlier report stands.' },
  { key: 'thin', label: 'Too little to go on', reason: 'insufficient_detail', note: 'It does not say what the caller said or asked for, so it cannot warn anyone.' },
  { key: 'private', label: 'Exposes a private person', reason: 'personal_data', note: 'It names or describes a private person in a way that editing cannot fix.' },
  { key: 'abuse', label: 'Abusive or an accusation', reason: 'abusive', note: 'Abusive wording, or an accusation against someone named, rather than an account of a call.' },
  { key: 'spam', label: 'Advertising or nonsense', reason: 'spam', note: 'Not a report of a call or message.' },
] as const satisfies ReadonlyArray<{ key: string; label: string; reason: RejectionReason; note: string }>;
export type RejectionTemplate = (typeof REJECTION_TEMPLATES)[number];

export const DECISION_REASONS = ['approved', ...REJECTION_REASONS] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];

export const DECISION_REASON_LABELS: Record<DecisionReason, string> = {
  approved: 'Approved',
  not_a_scam: 'Not a scam',
  duplicate: 'Duplicate of another report',
  personal_data: 'Contains personal data that cannot be removed',
  abusive: 'Abusive or defamatory',
  insufficient_detail: 'Not enough detail to publish',
  spam: 'Spam',
};

/** The emails a reporter who gave an address gets: a receipt, then the decision. */
export const REPORT_EMAIL_KINDS = ['received', 'decided'] as const;
export type ReportEmailKind = (typeof REPORT_EMAIL_KINDS)[number];

/** How long an invitation link for a new member of staff works. */
export const INVITATION_HOURS = 72;

/** How long the moderator who made a decision can undo it; later, removal takes two people. */
export const UNDO_WINDOW_MINUTES = 10;

/** Why a report was flagged for a moderator's closer look. */
export const REPORT_FLAGS = ['unverified', 'number_burst', 'ip_burst'] as const;
export type ReportFlag = (typeof REPORT_FLAGS)[number];

export const REPORT_FLAG_LABELS: Record<ReportFlag, string> = {
  unverified: 'Anti-spam check not done (JavaScript off, or it failed)',
  number_burst: 'Many reports about this number within an hour',
  ip_burst: 'Several reports from one address within an hour',
};

export const STAFF_ROLES = ['moderator', 'admin'] as const;

/** What became of a sign-in attempt: `checking` until its password was checked. */
export const LOGIN_OUTCOMES = ['checking', 'failed', 'refused', 'succeeded'] as const;
export type LoginOutcome = (typeof LOGIN_OUTCOMES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Official open data imported beside the community's reports: published complaint files, not
 * moderated reports, shown apart from them on number pages.
 */
export const OFFICIAL_SOURCES = ['ftc_dnc'] as const;
export type OfficialSource = (typeof OFFICIAL_SOURCES)[number];

export const OFFICIAL_SOURCE_INFO: Record<OfficialSource, { name: string; shortName: string; url: string }> = {
  ftc_dnc: {
    name: 'US Federal Trade Commission, Do Not Call complaints',
    shortName: 'the US FTC',
    url: 'https://www.ftc.gov/policy-notices/open-government/data-sets/do-not-call-data',
  },
};
