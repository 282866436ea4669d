import type { Metadata } from 'next';
import Link from 'next/link';
import { StepList } from '@/components/ui/step-list';
import { notFound } from 'next/navigation';
import { RichText } from '@/components/guides/rich-text';
import { getGuide, GUIDES } from '@/lib/guides';
import { formatDate } from '@/lib/format';
import { siteUrl } from '@/lib/site';

// Rendered on request, so that its scripts carry the request's Content-Security-Policy nonce;
// the server's page cache keeps it (server/page-cache.ts).
export const dynamic = 'force-dynamic';
export const dynamicParams = false;

export function generateStaticParams() {
  return GUIDES.map((guide) => ({ slug: guide.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return {
    title: guide.title,
    description: guide.summary,
    alternates: { canonical: `/guides/${guide.slug}` },
    openGraph: { title: guide.title, description: guide.summary, type: 'article', url: `/guides/${guide.slug}`, modifiedTime: guide.updated },
  };
}

export default async function GuidePage({ params }: Props) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  const url = new URL(`/guides/${guide.slug}`, siteUrl()).toString();
  const shareText = `${guide.title}: ${guide.summary} ${url}`;
  const others = GUIDES.filter((g) => g.slug !== guide.slug).slice(0, 4);

  return (
    <article className="mx-auto max-w-3xl space-y-8 print:max-w-none">
      <header className="space-y-3">
        <p className="no-print text-sm"><Link href="/guides">← All guides</Link></p>
        <h1 className="text-3xl font-bold sm:text-4xl">{guide.title}</h1>
        <p className="text-xl text-slate-700">{guide.summary}</p>
      </header>

      {guide.sections.map((section, index) => (
        <section key={index} className="space-y-3 text-lg leading-relaxed" aria-labelledby={section.heading ? `section-${index}` : undefined}>
          {section.heading ? <h2 id={`section-${index}`} className="text-2xl font-bold">{section.heading}</h2> : null}
          {section.paragraphs.map((paragraph, p) => (
            <p key={p}><RichText text={paragraph} /></p>
          ))}
          {section.list ? (
            <ul className="list-disc space-y-1 pl-6">
              {section.list.map((item, i) => (
                <li key={i}><RichText text={item} /></li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}

      <StepList id="steps-heading" title="What to do" tone="calm" steps={guide.steps.map((step) => <RichText key={step} text={step} />)} />

      <section aria-labelledby="sources-heading" className="text-sm text-slate-700">
        <h2 id="sources-heading" className="text-base font-semibold">Sources</h2>
        <ul className="mt-1 list-disc pl-5">
          {guide.sources.map((source) => (
            <li key={source.title}>
              {source.url ? <a href={source.url} rel="noopener noreferrer">{source.title}</a> : <cite>{source.title}</cite>}, {source.publisher}
              {source.date ? `, ${source.date}` : ''}.
            </li>
          ))}
        </ul>
        <p className="mt-2">Last reviewed {formatDate(guide.updated)}. The facts are the sources&rsquo;; the words are ours.</p>
      </section>

      <section aria-labelledby="share-heading" className="no-print space-y-2">
        <h2 id="share-heading" className="text-lg font-semibold">Share this guide</h2>
        <p className="text-slate-700">Send it to someone who might get these calls:</p>
        <ul className="flex flex-wrap gap-3">
          <li><a href={`https://wa.me/?text=${encodeURIComponent(shareText)}`} rel="noopener noreferrer" className="inline-block rounded-md border border-slate-400 bg-white px-4 py-2 no-underline">WhatsApp</a></li>
          <li><a href={`mailto:?subject=${encodeURIComponent(guide.title)}&body=${encodeURIComponent(shareText)}`} className="inline-block rounded-md border border-slate-400 bg-white px-4 py-2 no-underline">Email</a></li>
          <li><a href={`sms:?&body=${encodeURIComponent(shareText)}`} className="inline-block rounded-md border border-slate-400 bg-white px-4 py-2 no-underline">Text message</a></li>
        </ul>
        <p className="text-sm text-slate-600">Link: <span className="font-mono break-all">{url}</span> · Print it with your browser&rsquo;s print button: it fits on one or two pages.</p>
      </section>

      <nav aria-labelledby="more-heading" className="no-print">
        <h2 id="more-heading" className="text-lg font-semibold">More guides</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {others.map((other) => (
            <li key={other.slug}><Link href={`/guides/${other.slug}`}>{other.title}</Link></li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
