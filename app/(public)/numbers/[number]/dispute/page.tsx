import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { DisputeForm } from '@/components/disputes/dispute-form';
import type { DisputeFormState } from '@/lib/validation/form-state';
import { issueFormToken } from '@/lib/form-token';
import { readNumberParam } from '@/server/numbers';
import { submitDisputeAction } from './actions';

export const metadata: Metadata = { title: 'Is this your number?', robots: { index: false } };

export default async function DisputePage({ params }: { params: Promise<{ number: string }> }) {
  const parsed = readNumberParam((await params).number);
  if (parsed.kind === 'invalid') notFound();
  if (parsed.kind === 'redirect') permanentRedirect(`/numbers/${parsed.e164}/dispute`);
  const { phone } = parsed;
  const initialState: DisputeFormState = { status: 'idle', values: {}, formToken: issueFormToken(), attempt: 0 };

  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href={`/numbers/${phone.e164}`}>← Back to {phone.international}</Link></p>
      <h1 className="text-3xl font-bold">Is <span className="font-mono">{phone.international}</span> your number?</h1>
      <div className="space-y-3 text-lg text-slate-800">
        <p>
          Scammers can make any number appear on the phones they call, including yours. If your number is listed here because
          of calls you never made, tell us. It is not your fault.
        </p>
        <p>
          Our staff read every statement. If two of them agree, your statement appears on the number’s page and its warning
          is lowered. Your contact details are never shown. <Link href="/guides/my-number-is-being-spoofed">What else you can do</Link>.
        </p>
      </div>
      <DisputeForm action={submitDisputeAction.bind(null, phone.e164)} initialState={initialState} />
    </div>
  );
}
