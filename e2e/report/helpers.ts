import { expect, type Browser, type Page } from '@playwright/test';

let counter = 0;

/** A client address of its own for each test, so rate limits never leak between tests. */
export function uniqueClientIp(): string {
  counter += 1;
  const n = (process.pid * 131 + counter * 7919 + Date.now()) % 65_000;
  return `198.51.${Math.floor(n / 250)}.${(n % 250) + 1}`;
}

export interface ReportAnswers {
  number?: string;
  country?: string;
  channel?: string;
  category?: string;
  date?: string;
  description?: string;
  callerIdName?: string;
  /** The answer to "did your screen show a real organisation's number or name?". */
  screen?: 'Yes, a real organisation’s' | 'No' | 'I am not sure';
  callbackNumber?: string;
  amount?: string;
  email?: string;
  declare?: boolean;
}

export const today = () => new Date().toISOString().slice(0, 10);

export async function fillReport(page: Page, answers: ReportAnswers = {}) {
  const a = {
    number: '(202) 555-0143',
    country: 'US',
    channel: 'Phone call',
    category: 'Bank, KYC or account impersonation',
    date: today(),
    description: 'A man said he was from my bank fraud team and asked me to read out the code sent by text.',
    declare: true,
    ...answers,
  };
  await page.getByLabel('Phone number that contacted you').fill(a.number);
  await page.getByLabel('Country of the number, if it has no +country code').selectOption(a.country);
  if (a.channel) await page.getByRole('radio', { name: a.channel, exact: true }).check();
  if (a.category) await page.getByRole('radio', { name: new RegExp(`^${a.category.replace(/[()]/g, '\\$&')}`) }).check();
  await page.getByLabel('Date', { exact: true }).fill(a.date);
  await page.getByLabel('What happened?').fill(a.description);
  if (a.callerIdName) await page.getByLabel('What did your screen show?').fill(a.callerIdName);
  if (a.screen) await page.getByRole('radio', { name: a.screen, exact: true }).check();
  if (a.callbackNumber) await page.getByLabel('Number they asked you to call back, message or pay').fill(a.callbackNumber);
  if (a.amount) await page.getByLabel(/^Amount/).fill(a.amount);
  if (a.email) await page.getByLabel('Your email').fill(a.email);
  if (a.declare) await page.getByRole('checkbox', { name: /true to the best of my knowledge/ }).check();
}

/** With JavaScript on, waits for the anti-spam puzzle to be solved before sending. */
export async function waitForProofOfWork(page: Page) {
  await page.getByLabel('Phone number that contacted you').focus();
  await expect(page.locator('input[name="altcha"]')).toHaveValue(/.{20,}/, { timeout: 20_000 });
}

/** Continues to the answers shown back for checking; refused or problem answers stay on the form. */
export async function continueToCheck(page: Page) {
  // People take more than a second to fill in a form; the server treats faster ones as robots.
  await page.waitForTimeout(1_100);
  // The answer to this press, not the message still shown from the last one.
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/report');
  await page.getByRole('button', { name: 'Continue' }).click();
  await answered;
  // With JavaScript, the form shows its answer once the button no longer says it is checking.
  await expect(page.getByRole('button', { name: 'Checking…' })).toHaveCount(0);
  const outcome = page
    .getByRole('heading', { name: 'Check your answers before sending' })
    .or(page.getByRole('heading', { name: 'There is a problem' }))
    .or(page.getByRole('heading', { name: /^Thank you/ }));
  await expect(outcome).toBeVisible();
}

/** Sends the form as a person would: continue, then send from the check-your-answers step. */
export async function send(page: Page) {
  await continueToCheck(page);
  const send = page.getByRole('button', { name: 'Send report' });
  if (await send.isVisible()) await send.click();
}

export function referenceFrom(page: Page): string {
  const match = page.url().match(/\/report\/submitted\/(SR-[0-9A-Z]{4}-[0-9A-Z]{4})$/);
  if (!match) throw new Error(`not on a confirmation page: ${page.url()}`);
  return match[1]!;
}

/**
 * A report sent by a visitor of its own (a client address of its own, JavaScript off, so the
 * anti-spam check is not done and moderators see it flagged), about a number typed as given and
 * read in India; to `baseURL` when given, else the tests' server. Its reference.
 */
export async function reportAsVisitor(browser: Browser, { number, description, baseURL }: { number: string; description: string; baseURL?: string }): Promise<string> {
  // An undefined baseURL would replace the project's own: it is only given when set.
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': uniqueClientIp() } });
  const page = await context.newPage();
  await page.goto('/report');
  await fillReport(page, { number, country: 'IN', description });
  await send(page);
  const reference = referenceFrom(page);
  await context.close();
  return reference;
}
