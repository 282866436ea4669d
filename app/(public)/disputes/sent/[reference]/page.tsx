import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { normalizeReference } from '@/lib/reference';

export const metadata: Metadata = { title: 'Statement received', robots: { index: false } };

export default async function DisputeSentPage({ params }: { params: Promise<{ reference: string }> }) {
  const reference = normalizeReference((await params).reference);
  if (!reference?.startsWith('SD-')) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <section className="space-y-3 rounded-xl border-2 border-emerald-600 bg-emerald-50 p-5">
        <h1 className="text-3xl font-bold">Thank you: your statement was received</h1>
        <p className="text-lg">Your reference is <strong className="font-mono text-2xl">{reference}</strong>.</p>
      </section>
      <ol className="list-decimal space-y-1 pl-5 text-slate-800">
        <li>Our staff read your statement, and may contact you for proof if you left contact details.</li>
        <li>If two members of staff agree, the number’s page shows your statement and lowers its warning.</li>
        <li>You can <Link href={`/report/status?ref=${reference}`}>check its status</Link> with your reference.</li>
      </ol>
      <p>Meanwhile: <Link href="/guides/my-number-is-being-spoofed">what else you can do when your number is spoofed</Link>.</p>
    </div>
  );
}
