import type { Category } from '@/db/constants';

/** One line of advice for each kind of scam, shown on number pages that have such reports. */
export const CATEGORY_ADVICE: Record<Category, string> = {
  bank_impersonation: 'Your bank will never ask for a one-time code, your PIN or to move money to a "safe account". Hang up and call the number on your card.',
  government_impersonation: 'Police, courts and tax offices do not demand payment by phone, gift card or crypto, and never hold video-call "arrests". Hang up and contact the office yourself.',
  tech_support: 'Do not install apps such as AnyDesk or TeamViewer for someone who contacted you, and never open your banking app while they watch your screen.',
  task_job: 'No real job pays you to like videos or write reviews and then asks you to deposit money. Stop, keep the chat as evidence, and do not pay "to withdraw".',
  investment: 'Guaranteed or very high returns are the mark of a scam. Check any firm with your country’s financial regulator before you pay anything.',
  lottery_prize: 'You cannot win a draw you never entered, and a real prize never needs a fee first.',
  loan_debt: 'Genuine lenders do not charge an upfront "processing fee" or ask for access to your contacts and photos.',
  sextortion: 'Do not pay: paying usually brings more demands. Stop replying, keep the evidence, report the account and tell someone you trust.',
  romance: 'Be wary of anyone you have never met in person who asks for money, however long you have talked.',
  delivery: 'Check a parcel only on the courier’s own website or app, typed in yourself, never through a link in a message.',
  utility: 'Utilities do not cut you off tonight over the phone. Check your account on the official website or app.',
  robocall: 'Do not call back a missed call from a number you do not know, especially from abroad. Block it; if it matters, they will write.',
  phishing_link: 'Do not open the link. Go to the real website by typing its address yourself, and never enter a code someone sends you.',
  other: 'Hang up, take your time, and check the story through a number or website you already trust.',
};
