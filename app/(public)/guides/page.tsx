import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideList } from '@/components/guides/guide-list';
import { GUIDES } from '@/lib/guides';

// Rendered on request, so that its scripts carry the request's Content-Security-Policy nonce;
// the server's page cache keeps it (server/page-cache.ts).
export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Guides: how phone scams work and what to do',
  description: 'Plain-language guides on caller ID spoofing, calling back safely, WhatsApp missed-call scams, one-time codes, protecting your family and what to do after a scam.',
};

export default function GuidesPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Guides</h1>
      <p className="max-w-3xl text-lg text-slate-700">
        Lists of numbers help less than you might think: scammers fake numbers and throw them away. These short guides
        explain how the scams work and what to do, before and after a call.
      </p>
      <p className="rounded-md bg-brand-50 p-4 ring-1 ring-brand-100">
        Just had a worrying call? <Link href="/help">Answer four questions</Link> for advice about your situation.
      </p>
      <GuideList guides={GUIDES} />
    </div>
  );
}
