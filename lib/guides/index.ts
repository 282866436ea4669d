import type { Category } from '@/db/constants';
import { GUIDES } from './content';
import type { Guide } from './types';

export type { Guide, GuideSection, GuideSource } from './types';
export { GUIDES };

export function getGuide(slug: string): Guide | null {
  return GUIDES.find((guide) => guide.slug === slug) ?? null;
}

/**
 * The guides for a number's kinds of scam, given most-reported first: its main kind decides,
 * the next two break ties, and a guide for nearly every kind ("already paid") comes after the
 * specific ones.
 */
export function guidesForCategories(categories: readonly Category[], limit = 3): Guide[] {
  const top = categories.slice(0, 3);
  return GUIDES.map((guide) => {
    const rank = top.findIndex((category) => guide.categories.includes(category));
    const score = rank < 0 ? 0 : top.length - rank - (guide.categories.length > 8 ? 0.5 : 0);
    return { guide, score };
  })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((entry) => entry.guide);
}

export type Inline = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** Splits guide text into plain text and [words](/path) links; nothing else is markup. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  let cursor = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > cursor) parts.push({ kind: 'text', text: text.slice(cursor, match.index) });
    parts.push({ kind: 'link', text: match[1]!, href: match[2]! });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) parts.push({ kind: 'text', text: text.slice(cursor) });
  return parts;
}

/** Every link in a guide, for checking that none is broken. */
export function guideLinks(guide: Guide): string[] {
  const texts = [guide.summary, ...guide.sections.flatMap((s) => [...s.paragraphs, ...(s.list ?? [])]), ...guide.steps];
  return texts.flatMap((text) => parseInline(text).flatMap((part) => (part.kind === 'link' ? [part.href] : [])));
}
