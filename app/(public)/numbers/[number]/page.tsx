import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { NUMBER_PAGE_CLASS, NumberPageContent } from '@/components/numbers/number-page';
import { RoutedHtml } from '@/components/ui/routed-html';
import { mark, readNumberTemplateParam } from '@/lib/page-template';
import { describeNumberPage, loadNumber, loadNumberPage, readNumberParam } from '@/server/numbers';

// Rendered on first request, then kept until a decision about the number invalidates it, or for
// an hour: official data imported by another process (with PostgreSQL) shows within the hour.
// The server answers most visits itself, from the page's template (lib/page-template.ts);
// Next.js renders the page for the browser's own navigation, and the templates.
export const revalidate = 3_600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = (await params).number;
  const template = readNumberTemplateParam(raw);
  if (template) return numberMetadata(`+${mark(template)}`, { title: mark('title'), description: mark('description'), indexed: template === 'indexed' });
  const parsed = readNumberParam(raw);
  if (parsed.kind !== 'canonical') return { title: 'Phone number', robots: { index: false } };
  return numberMetadata(parsed.phone.e164, describeNumberPage(await loadNumber(parsed.phone)));
}

function numberMetadata(e164: string, { title, description, indexed }: ReturnType<typeof describeNumberPage>): Metadata {
  return {
    title,
    description,
    alternates: { canonical: `/numbers/${e164}` },
    openGraph: { title, description, url: `/numbers/${e164}`, type: 'website' },
    robots: indexed ? undefined : { index: false },
  };
}

export default async function NumberPage({ params }: Props) {
  const raw = (await params).number;
  if (readNumberTemplateParam(raw)) return <RoutedHtml className={NUMBER_PAGE_CLASS} html={mark('content')} />;
  const parsed = readNumberParam(raw);
  if (parsed.kind === 'invalid') notFound();
  if (parsed.kind === 'redirect') permanentRedirect(`/numbers/${parsed.e164}`);
  return (
    <div className={NUMBER_PAGE_CLASS}>
      <NumberPageContent page={await loadNumberPage(parsed.phone)} />
    </div>
  );
}
