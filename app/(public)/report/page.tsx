import type { Metadata } from 'next';
import currencyByCountry from 'country-to-currency';
import { ReportForm, type Option } from '@/components/report/report-form';
import { residenceFor } from '@/lib/official-channels';
import type { ReportFormState } from '@/lib/validation/form-state';
import { isoDateDaysAgo } from '@/lib/format';
import { issueFormToken } from '@/lib/form-token';
import { currencyForCountry, isCurrencyCode } from '@/lib/money';
import { firstParam, type SearchParams } from '@/lib/params';
import { settings } from '@/lib/settings';
import { resolveRegion } from '@/server/visitor-region';
import { submitReportAction } from './actions';

export const metadata: Metadata = {
  title: 'Report a scam call or message',
  description: 'Tell others about a scam call, text or WhatsApp message. A moderator reads every report before it is published.',
};

const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });

function currencyOptions(first: string | null): Option[] {
  const options = Intl.supportedValuesOf('currency')
    .map((code) => ({ value: code, label: `${currencyNames.of(code) ?? code} (${code})` }))
    .filter((option) => !option.label.startsWith(option.value))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const preferred = options.find((option) => option.value === first);
  return preferred ? [preferred, ...options.filter((option) => option !== preferred)] : options;
}

export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const number = firstParam((await searchParams).number)?.slice(0, 250) ?? '';
  const region = await resolveRegion(undefined);
  const initialState: ReportFormState = { status: 'idle', values: { number }, formToken: issueFormToken(), attempt: 0 };
  const currencies = Object.fromEntries(
    Object.entries(currencyByCountry as Record<string, string>).filter(([, currency]) => isCurrencyCode(currency)),
  );

  return (
    <div className="space-y-6">
      <h1 className="max-w-3xl text-3xl font-bold">Report a scam call or message</h1>
      <ReportForm
        action={submitReportAction}
        initialState={initialState}
        currencies={currencyOptions(currencyForCountry(region))}
        country={region}
        residence={residenceFor(region)}
        currencyByCountry={currencies}
        today={isoDateDaysAgo(0)}
        mailEnabled={settings().mail !== null}
        intro={
          <div className="max-w-3xl space-y-3">
            <p className="text-lg text-slate-700">
              It takes about three minutes. Your report warns the next person who looks the number up. A moderator reads it
              first, and your personal details are never published.
            </p>
            <p className="rounded-md bg-amber-50 p-3 text-slate-800 ring-1 ring-amber-200">
              <strong>Lost money or shared bank details?</strong> Call your bank first, on the number on your card. This site
              cannot recover money; after you send this report we show you where to report officially.
            </p>
          </div>
        }
      />
    </div>
  );
}
