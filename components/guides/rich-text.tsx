import Link from 'next/link';
import { parseInline } from '@/lib/guides';

/** Guide text with its [words](/path) links; everything else is plain text. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((part, index) =>
        part.kind === 'link' ? (
          <Link key={index} href={part.href}>{part.text}</Link>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
