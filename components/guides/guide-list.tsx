import Link from 'next/link';
import type { Guide } from '@/lib/guides';

/** Guides as linked cards with their summaries. */
export function GuideList({ guides, headingLevel: Heading = 'h2' }: { guides: Guide[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {guides.map((guide) => (
        <li key={guide.slug} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <Heading className="text-lg font-semibold">
            <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
          </Heading>
          <p className="mt-1 text-slate-700">{guide.summary}</p>
        </li>
      ))}
    </ul>
  );
}
