import { officialChannelsFor, RESIDENCES } from './official-channels';
import { parsePhone } from './phone';

/**
 * "I just got a call: what should I do?" A few questions, one per page, each answer a link, so
 * every step is a real address that works without JavaScript and with the back button.
 */
export interface HelpOption {
  value: string;
  label: string;
}

export interface HelpQuestion {
  key: 'contact' | 'claimed' | 'asked' | 'done';
  question: string;
  options: HelpOption[];
}

export const HELP_QUESTIONS: HelpQuestion[] = [
  {
    key: 'contact',
    question: 'How did they contact you?',
    options: [
      { value: 'call', label: 'A phone or WhatsApp call that I answered' },
      { value: 'missed', label: 'A missed call from a number I don’t know, often from abroad' },
      { value: 'message', label: 'A text, WhatsApp or Telegram message' },
    ],
  },
  {
    key: 'claimed',
    question: 'Who did they say they were?',
    options: [
      { value: 'bank', label: 'My bank, card company or payment app' },
      { value: 'government', label: 'The police, a court, customs or the tax office' },
      { value: 'company', label: 'A company: delivery, phone, electricity, tech support' },
      { value: 'relative', label: 'A relative or friend, on a new number' },
      { value: 'job', label: 'Someone offering a job, an investment or a prize' },
      { value: 'unknown', label: 'They didn’t say, or I’m not sure' },
    ],
  },
  {
    key: 'asked',
    question: 'What did they ask you to do?',
    options: [
      { value: 'code', label: 'Tell them a code, PIN or password' },
      { value: 'remote', label: 'Install an app or share my screen' },
      { value: 'move', label: 'Move my money to a “safe account”' },
      { value: 'money', label: 'Pay, send money or buy gift cards' },
      { value: 'nothing', label: 'Nothing yet' },
    ],
  },
  {
    key: 'done',
    question: 'Have you already done any of these?',
    options: [
      { value: 'paid', label: 'Yes: I paid or moved money' },
      { value: 'shared', label: 'Yes: I gave a code, a password or card details' },
      { value: 'installed', label: 'Yes: I installed an app they asked for' },
      { value: 'no', label: 'No, none of these' },
    ],
  },
];

export type HelpAnswers = Partial<Record<HelpQuestion['key'], string>> & {
  /** The number the walk is about, in E.164, when it started from a number's page. */
  number?: string;
  /** Where the person lives, when they said: a residence code or "other". */
  where?: string;
};

const WHERE = [...RESIDENCES, 'other'] as readonly string[];

/** Reads the answers from the query string, keeping only known questions and options. */
export function readHelpAnswers(params: Record<string, string | string[] | undefined>): HelpAnswers {
  const first = (key: string) => {
    const raw = params[key];
    return Array.isArray(raw) ? raw[0] : raw;
  };
  const answers: HelpAnswers = {};
  for (const question of HELP_QUESTIONS) {
    const value = first(question.key);
    if (value && question.options.some((option) => option.value === value)) answers[question.key] = value;
  }
  const number = first('number')?.slice(0, 40);
  const phone = number ? parsePhone(number) : null;
  if (phone?.ok) answers.number = phone.phone.e164;
  const where = first('where');
  const residence = where === 'other' ? 'other' : where?.toUpperCase();
  if (residence && WHERE.includes(residence)) answers.where = residence;
  return answers;
}

/** The next question to ask, or null when there is enough to advise. */
export function nextQuestion(answers: HelpAnswers): HelpQuestion | null {
  for (const question of HELP_QUESTIONS) {
    // A missed call said nothing and asked for nothing.
    if (answers.contact === 'missed' && (question.key === 'claimed' || question.key === 'asked')) continue;
    if (!answers[question.key]) return question;
  }
  return null;
}

export interface HelpStep {
  text: string;
  /** A guide or page that says more. */
  link?: { href: string; label: string };
}

export interface HelpAdvice {
  /** Shown first, in red, when there is no time to lose. */
  urgent: HelpStep[];
  headline: string;
  steps: HelpStep[];
}

const GUIDE = {
  callerId: { href: '/guides/caller-id-proves-nothing', label: 'Caller ID proves nothing' },
  callBack: { href: '/guides/always-call-back-yourself', label: 'Always make the call yourself' },
  whatsapp: { href: '/guides/whatsapp-missed-calls-from-abroad', label: 'Missed calls from international numbers' },
  codes: { href: '/guides/never-share-codes-or-screen', label: 'Never share codes or your screen' },
  family: { href: '/guides/protect-your-family', label: 'Protect the people you love' },
  paid: { href: '/guides/already-paid-what-now', label: 'Already paid or shared details: what now?' },
};

/** The advice for a set of answers; `residence` is where the person lives, for whom to call first. */
export function adviseFor(answers: HelpAnswers, residence: string | null = null): HelpAdvice {
  const urgent: HelpStep[] = [];
  const steps: HelpStep[] = [];
  const { contact, claimed, asked, done } = answers;

  if (done === 'paid' || done === 'shared') {
    urgent.push({ text: officialChannelsFor(residence).callNow });
    urgent.push({ text: 'Then report it officially, to the services listed below for where you live.', link: GUIDE.paid });
  }
  if (done === 'installed') {
    urgent.push({ text: 'Disconnect the phone or computer from the internet now, and uninstall the app they asked for.' });
    urgent.push({ text: 'From another device, call your bank and change your email and banking passwords.', link: GUIDE.paid });
  }
  if (done === 'shared') {
    urgent.push({ text: 'Change any password you shared, from a device the scammer never touched, and turn on two-step verification.' });
  }

  let headline: string;
  if (contact === 'missed') {
    headline = 'Do not call back. A missed call from an unknown number abroad is usually bait.';
    steps.push({ text: 'Do not call or message the number back. If it was on WhatsApp, block it and use “Report” in WhatsApp.', link: GUIDE.whatsapp });
    steps.push({ text: 'The country code means nothing: scammers use virtual numbers from any country, bought in bulk.' });
    steps.push({ text: 'If someone then offers you paid “tasks” such as liking videos, it is a scam: never pay to unlock work or earnings.' });
  } else if (asked === 'move') {
    headline = 'This is a scam. No bank or police force ever asks you to move money to a “safe account”.';
  } else if (asked === 'code' || asked === 'remote') {
    headline = 'This is a scam. Nobody genuine asks for your codes or to see your screen.';
  } else if (claimed === 'job') {
    headline = 'Almost certainly a scam: real jobs and investments never ask you to pay first.';
  } else if (claimed === 'relative') {
    headline = 'Check with your relative on the number you already have for them, before anything else.';
  } else if (claimed === 'bank' || claimed === 'government' || claimed === 'company') {
    headline = 'Hang up and check it yourself: the number on your screen proves nothing.';
  } else {
    headline = 'Be careful: judge the call by what they ask you to do, not by the number.';
  }

  if (asked === 'code' || asked === 'remote') {
    steps.push({ text: 'Do not read out any code or PIN, and do not install anything. Hang up.', link: GUIDE.codes });
  }
  if (asked === 'move') {
    steps.push({ text: 'Do not move any money. Hang up, and call your bank on the number on your card.', link: GUIDE.callBack });
  }
  if (claimed === 'bank' || claimed === 'government' || claimed === 'company') {
    steps.push({ text: 'Hang up. Find the organisation’s number yourself (your card, a letter, their website) and call it, ideally from another phone.', link: GUIDE.callBack });
    steps.push({ text: 'Caller ID can show any name or number, even your bank’s.', link: GUIDE.callerId });
  }
  if (claimed === 'job') {
    steps.push({ text: 'Do not pay, deposit or “invest” anything, and do not join the Telegram group they suggest.', link: GUIDE.whatsapp });
  }
  if (claimed === 'relative') {
    steps.push({ text: 'Call them on their usual number, or ask a question only they could answer. Agree a family code word for next time.', link: GUIDE.family });
  }
  if (asked === 'money' && !urgent.length) {
    steps.push({ text: 'Do not pay. Genuine organisations do not demand payment by gift card, crypto or transfer during a call.' });
  }
  steps.push({
    text: 'Check whether others reported the number, and report it to warn the next person.',
    link: { href: answers.number ? `/report?number=${encodeURIComponent(answers.number)}` : '/report', label: 'Report the number' },
  });

  return { urgent, headline, steps };
}

/** The address of the walk with one more answer given; the number and the residence go along. */
export function helpHref(answers: HelpAnswers, extra?: HelpAnswers): string {
  const params = new URLSearchParams();
  for (const question of HELP_QUESTIONS) {
    const value = extra?.[question.key] ?? answers[question.key];
    if (value) params.set(question.key, value);
  }
  for (const key of ['number', 'where'] as const) {
    const value = extra?.[key] ?? answers[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/help?${query}` : '/help';
}
