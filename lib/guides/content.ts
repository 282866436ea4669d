import type { Guide, GuideSource } from './types';

const NAKED_SECURITY: GuideSource = {
  title: 'Voice-scamming site “iSpoof” seized, 100s arrested in massive crackdown',
  publisher: 'Sophos Naked Security',
  date: 'November 2022',
};

const INDIAN_EXPRESS: GuideSource = {
  title: 'What’s behind the spurt in WhatsApp missed calls?',
  publisher: 'The Indian Express',
  date: '2023',
};

const STOP_SCAMS_159: GuideSource = {
  title: '159: the number to call when you think a call might be a scam',
  publisher: 'Stop Scams UK',
  url: 'https://stopscamsuk.org.uk/159',
};

export const GUIDES: Guide[] = [
  {
    slug: 'caller-id-proves-nothing',
    title: 'Caller ID proves nothing',
    summary: 'The number or name on your screen can be faked. Here is how, why it works so well, and what to trust instead.',
    categories: ['bank_impersonation', 'government_impersonation', 'tech_support', 'utility', 'delivery'],
    updated: '2026-11-22',
    sections: [
      {
        paragraphs: [
          'When your phone rings, it shows a number, and sometimes a name. It feels like proof of who is calling. It is not.',
          'The caller’s phone network passes on whatever number the caller chooses. Criminals use cheap internet phone services to put any number they like on your screen. This is called spoofing.',
        ],
      },
      {
        heading: 'Why “Your Bank” on the screen means nothing',
        paragraphs: [
          'If you saved your bank’s number in your contacts, your phone shows the bank’s name when a call comes from that number. So a spoofed call from your bank’s number arrives looking exactly like the real thing, with the name you typed in yourself.',
          'The same trick works with the police, the tax office, your phone company, or a relative’s mobile number.',
        ],
      },
      {
        heading: 'How big this is: the iSpoof case',
        paragraphs: [
          'In November 2022, police in Europe, Australia and North America shut down iSpoof, a website that sold spoofed calls to criminals for Bitcoin. 142 people were arrested, more than 100 of them in the UK.',
          'In the 12 months to August 2022, around 10 million fraud calls went through iSpoof, about 3.5 million of them in the UK. People who reported losing money lost about £10,000 each on average, and losses worldwide were put at over £100 million.',
          'iSpoof is gone, but the trick is not: spoofing needs no special skill, only a service that allows it.',
        ],
      },
      {
        heading: 'What this means for this site',
        paragraphs: [
          'A report here is evidence about calls that showed a number. It is not proof about the person who owns that number: their number may have been faked. That is why every number page says so, and why an owner can tell us their number is being spoofed. See [my number is being spoofed](/guides/my-number-is-being-spoofed).',
          'And a number with no reports here is not safe either. Judge a call by what the caller asks you to do, never by the number.',
        ],
      },
    ],
    steps: [
      'Treat the number and name on your screen as a hint, never as proof.',
      'If a caller says they are your bank, the police or a company, hang up and [call back yourself](/guides/always-call-back-yourself) on a number you already trust.',
      'Never share a code, PIN or password, whoever the screen says is calling. See [never share codes](/guides/never-share-codes-or-screen).',
      'Tell the people you love about spoofing: [protect your family](/guides/protect-your-family).',
    ],
    sources: [NAKED_SECURITY],
  },
  {
    slug: 'always-call-back-yourself',
    title: 'Always make the call yourself',
    summary: 'The one habit that beats almost every phone scam: hang up, and call back on a number you found yourself.',
    categories: ['bank_impersonation', 'government_impersonation', 'tech_support', 'utility', 'delivery', 'loan_debt'],
    updated: '2026-11-22',
    sections: [
      {
        paragraphs: [
          'Scammers need you to stay on their call. While you are on it, they control the story: the “fraud” on your account, the “arrest warrant”, the “parcel held at customs”.',
          'The moment you hang up and call the organisation yourself, the story falls apart. A real bank or office will be glad you checked. A scammer loses you.',
        ],
      },
      {
        heading: 'Where to find a number you can trust',
        paragraphs: ['Use a number you found yourself, not one the caller gave you:'],
        list: [
          'the back of your bank card;',
          'a recent bank statement or letter;',
          'the organisation’s official website, typed into your browser yourself (not a link from a message or a search advert);',
          'a branch or office, in person.',
        ],
      },
      {
        heading: 'Why you should wait, or use another phone',
        paragraphs: [
          'Some scammers keep the line open after you hang up, so that when you dial out, you are still talking to them. This is called line holding. It mainly affects landlines.',
          'To be safe, wait five minutes before you call back, call from a different phone, or call someone you know first to check you get a normal dial tone.',
        ],
      },
      {
        heading: 'In the UK: call 159',
        paragraphs: [
          'In the UK, 159 is a short number that connects you to your own bank’s fraud line. It is easy to remember, and scammers cannot pretend to be it when you dial it yourself. Most large UK banks take part.',
        ],
      },
    ],
    steps: [
      'Hang up. You do not need a reason, and you do not need to be polite.',
      'Find the number yourself: on your card, a statement, or the official website you type in yourself.',
      'Wait five minutes, or use another phone, before you call.',
      'In the UK, call 159 to reach your bank.',
      'If the caller was a scammer, [report the number](/report) to warn others.',
    ],
    sources: [NAKED_SECURITY, STOP_SCAMS_159],
  },
  {
    slug: 'coincidence-is-not-evidence',
    title: 'Don’t let coincidence convince you',
    summary: 'A call about the exact problem you had this morning feels genuine. With millions of scam calls a year, such coincidences are certain to happen.',
    categories: ['bank_impersonation', 'delivery', 'tech_support', 'utility'],
    updated: '2026-11-22',
    sections: [
      {
        paragraphs: [
          'You had trouble with online banking this morning. This afternoon, “the bank” calls about a problem with your account. It must be real: how else would they know?',
          'They did not know. They were calling thousands of people, and you happened to be one of the few for whom the story fitted.',
        ],
      },
      {
        heading: 'The numbers behind the coincidence',
        paragraphs: [
          'One spoofing service, iSpoof, handled about 3.5 million fraud calls in the UK in one year: on average about one call every nine seconds, day and night, and far more at the busy times of day.',
          'With so many calls, some will always land on someone who just paid a new bill, ordered a parcel, or had a card declined. Scammers do not need to fool everyone. They need to reach the few people who are, right then, most ready to believe them, and take thousands from each.',
        ],
      },
      {
        heading: 'What real coincidences look like',
        paragraphs: [
          'A genuine bank may call about a payment, but it will never ask you to read out a code, tell it your PIN, install an app, or move money to a “safe account”. If a call that fits your day asks for any of these, the fit is the trick.',
        ],
      },
    ],
    steps: [
      'Notice the feeling “this must be real, it matches what just happened”: that is exactly when to slow down.',
      'Hang up and [call back on a number you trust](/guides/always-call-back-yourself).',
      'Never share codes or passwords, however well the story fits. See [never share codes](/guides/never-share-codes-or-screen).',
    ],
    sources: [NAKED_SECURITY],
  },
  {
    slug: 'whatsapp-missed-calls-from-abroad',
    title: 'Missed calls from international numbers on WhatsApp',
    summary: 'A missed call from +251, +62 or +254 is usually the start of a “part-time job” scam. Why the country code means nothing, and what to do.',
    categories: ['task_job', 'robocall', 'investment'],
    updated: '2026-11-22',
    sections: [
      {
        paragraphs: [
          'You get a missed WhatsApp call, or a short message, from a number in a country you have no link to: Ethiopia (+251), Indonesia (+62), Kenya (+254), Malaysia (+60), Vietnam (+84). It rings once and stops.',
          'The caller wants you to call or write back. Those who do are offered easy work from home.',
        ],
      },
      {
        heading: 'Why the country code means nothing',
        paragraphs: [
          'These are usually not people in those countries. They are virtual numbers: numbers from any country, made on websites and apps or bought from dealers on Telegram and online markets, for very little money. A reporter for The Indian Express found such numbers for sale for about ₹100, and a ready-made WhatsApp account for about ₹500 paid in cryptocurrency.',
          'Software then rings thousands of people at once from these numbers. When a number is blocked, the scammers simply use another. That is why looking up the number often finds nothing, and why you should not trust it because it finds nothing.',
        ],
      },
      {
        heading: 'How the “task job” scam works',
        paragraphs: [
          'The “recruiter” offers money for simple tasks: liking YouTube videos, following accounts, or writing hotel or restaurant reviews. The first tasks really pay, a small amount, to win your trust.',
          'Then you are moved to a Telegram group, where others (often fake members) post their big earnings. To unlock better tasks you must first “invest” or “prepay” your own money. The amounts grow. When you try to withdraw, there is always another fee, and then you are blocked.',
          'The small first payments are the bait. No real job asks you to pay to work.',
        ],
      },
    ],
    steps: [
      'Do not call back or reply to a missed call from an unknown international number.',
      'Block the number in WhatsApp and use “Report” so WhatsApp can act on the account.',
      'Never pay, deposit or “invest” to unlock a job or to withdraw earnings.',
      'If you already paid, stop paying now, keep the chats and payment records, and follow [already paid? what now](/guides/already-paid-what-now).',
      '[Report the number here](/report) so the next person who looks it up is warned.',
    ],
    sources: [INDIAN_EXPRESS],
  },
  {
    slug: 'never-share-codes-or-screen',
    title: 'Never share one-time codes, PINs or your screen',
    summary: 'A one-time code is a key to your account. Nobody genuine will ever ask you to read it out, or to let them see or control your screen.',
    categories: ['bank_impersonation', 'tech_support', 'phishing_link', 'delivery'],
    updated: '2026-11-22',
    sections: [
      {
        paragraphs: [
          'Banks and apps send you a one-time code (OTP) by text or app before a payment or a login. The code is the last lock on your money. Whoever has it can approve a payment or take over your account.',
          'So scammers build whole stories to get it: “I am sending you a code to confirm it is you”, “read me the code to cancel the fraudulent payment”, “we need the code to stop your account being blocked”. In every case, the code approves what the scammer is doing.',
        ],
      },
      {
        heading: 'Screen sharing and remote-access apps',
        paragraphs: [
          'Another route is to ask you to install an app such as AnyDesk, TeamViewer or QuickSupport, “to fix a problem” or “to process a refund”. Once connected, they can watch you log in to your bank, or take control of your phone or computer.',
          'A real bank, delivery company or government office never needs to see or control your screen.',
        ],
      },
      {
        heading: 'What to say',
        paragraphs: ['You do not have to explain anything. “I don’t share codes. Goodbye.” Then hang up.'],
      },
    ],
    steps: [
      'Never read out or type a one-time code, PIN or password for anyone who contacted you.',
      'Read the whole text message: it usually says what the code is for, and to share it with no one.',
      'Never install an app because a caller asked you to. If you did, disconnect the device from the internet and uninstall it.',
      'If you already shared a code or installed an app, call your bank now and follow [already paid? what now](/guides/already-paid-what-now).',
    ],
    sources: [NAKED_SECURITY],
  },
  {
    slug: 'protect-your-family',
    title: 'Protect the people you love',
    summary: 'Older parents and relatives are often targeted. A short talk, a family code word and one simple rule can save them a great deal.',
    categories: ['government_impersonation', 'bank_impersonation', 'romance', 'other'],
    updated: '2026-11-22',
    sections: [
      {
        paragraphs: [
          'Scammers look for people who are alone, trusting, unsure about technology, or easily frightened. They may pretend to be the bank, the police, a grandchild in trouble, or a friendly stranger. They often say “don’t tell anyone”.',
          'The best protection is someone the person can call before they do anything.',
        ],
      },
      {
        heading: 'Have the talk',
        paragraphs: [
          'Talk about it calmly, without making anyone feel foolish. Anyone can be fooled by a good scammer. Explain that the number on the phone screen can be faked, and that a real bank or police officer will never be upset if they hang up and call back.',
        ],
      },
      {
        heading: 'Agree a family code word',
        paragraphs: [
          'Choose a word only your family knows. If someone calls or messages claiming to be a relative in trouble, from a new number, ask for the code word. No word, no money. And call the relative on the number you already have for them.',
        ],
      },
      {
        heading: 'One rule: “Hang up and call me”',
        paragraphs: [
          'Agree that before they pay anyone, share a code, install an app or move money because of a call or message, they hang up and call you. It is fine to hang up without a word.',
        ],
      },
    ],
    steps: [
      'Tell them: the screen can show any number; what the caller asks for is what matters.',
      'Agree a family code word, and to check any “new number” on the old one.',
      'Agree the rule: hang up and call me before paying, sharing a code or installing anything.',
      'Put your own number, and the bank’s real number, somewhere they can find it in a hurry.',
      'Show them how to [check a number](/) and where to [report one](/report).',
    ],
    sources: [NAKED_SECURITY],
  },
  {
    slug: 'already-paid-what-now',
    title: 'I’ve already paid or shared details: what now?',
    summary: 'Act fast: your bank first, then the official reporting channels for your country. And beware of anyone offering to get your money back.',
    categories: ['bank_impersonation', 'government_impersonation', 'tech_support', 'task_job', 'investment', 'lottery_prize', 'loan_debt', 'sextortion', 'romance', 'delivery', 'utility', 'phishing_link'],
    updated: '2026-11-22',
    sections: [
      {
        paragraphs: [
          'It is not your fault. These scams are run by organised groups who do this all day. What matters now is speed: the sooner your bank knows, the better the chance of stopping the money.',
        ],
      },
      {
        heading: 'First: your bank or payment provider',
        paragraphs: [
          'Call the number on the back of your card or on your bank’s official website. Tell them you have been scammed, what you paid and how. Ask them to stop or recall the payment, block your cards, and secure your online banking.',
          'If you paid by gift card, contact the company that issued the card at once. If you paid by cryptocurrency, contact the exchange you used.',
        ],
      },
      {
        heading: 'Then: report it officially',
        paragraphs: ['Where to report depends on where you live:'],
        list: [
          'India: call the National Cyber Crime Helpline on 1930 straight away, and file a complaint on cybercrime.gov.in.',
          'United Kingdom: call 159 to reach your bank, and report to Report Fraud on 0300 123 2040 (in Scotland, Police Scotland on 101).',
          'United States: report at ReportFraud.ftc.gov, and online fraud to the FBI’s IC3.',
          'Australia: report to Scamwatch and ReportCyber; IDCARE helps if your identity was stolen.',
          'Elsewhere: your bank, then your local police, and econsumer.gov for scams across borders.',
        ],
      },
      {
        heading: 'If you shared a code, password or installed an app',
        paragraphs: [
          'Disconnect the device from the internet and uninstall any app the scammer asked for. From another device, change the passwords of your email and bank, and turn on two-step verification. Tell your bank which details you shared.',
        ],
      },
      {
        heading: 'Beware “recovery” scams',
        paragraphs: [
          'People who lost money are often contacted again, by someone claiming to be a lawyer, a police unit or a “fund recovery” firm that can get the money back for a fee. This is the same scam, a second time. Real police never charge to investigate.',
        ],
      },
    ],
    steps: [
      'Call your bank now on the number on your card, or 159 in the UK.',
      'Report it officially in your country (see the list above).',
      'Keep everything: screenshots, phone numbers, payment receipts, chat logs.',
      'Change passwords from a clean device if you shared any, and remove any app they asked you to install.',
      'Never pay anyone who offers to recover your money.',
      '[Report the number here](/report) to warn others.',
    ],
    sources: [INDIAN_EXPRESS, NAKED_SECURITY],
  },
  {
    slug: 'my-number-is-being-spoofed',
    title: 'My number is being spoofed',
    summary: 'If strangers call you angry about calls you never made, scammers are probably faking your number. It is not your fault, and here is what to do.',
    categories: [],
    updated: '2026-11-22',
    sections: [
      {
        paragraphs: [
          'Scammers can make any number appear on the phones they call, including yours. Your phone was not hacked and you did nothing wrong: they simply typed your number into a spoofing service.',
          'You may notice it when people call you back, angry or confused, about calls you never made. It usually stops after a few days, when the scammers move on to another number.',
        ],
      },
      {
        heading: 'If your number is listed here',
        paragraphs: [
          'Reports here describe calls that showed a number, and every number page says that the number may have been faked. If your number is listed and it is being spoofed, you can tell us: use “Is this your number?” on the number’s page. Our staff review your statement, and once two of them agree, the page shows your statement and its warning is capped.',
          'Your contact details stay private, like a reporter’s.',
        ],
      },
    ],
    steps: [
      'Do not worry about the callers: explain briefly that your number is being faked, and that they should report the call.',
      'Tell your phone company, which may be able to trace or block the spoofed calls.',
      'Record a short voicemail greeting saying your number is being spoofed and you did not call.',
      'If your number is listed here, use “Is this your number?” on its page to tell us.',
      'Read more about [why caller ID proves nothing](/guides/caller-id-proves-nothing).',
    ],
    sources: [NAKED_SECURITY],
  },
];
