import type { Category } from '@/db/constants';

/**
 * A guide is content reviewed like code. Text may hold links written as [words](/path); nothing
 * else is interpreted, so a guide can never inject markup.
 */
export interface GuideSource {
  title: string;
  publisher: string;
  date?: string;
  url?: string;
}

export interface GuideSection {
  heading?: string;
  paragraphs: string[];
  /** A short list after the paragraphs. */
  list?: string[];
}

export interface Guide {
  slug: string;
  title: string;
  /** One or two sentences: the listing, the page description and the Open Graph text. */
  summary: string;
  /** Number pages with reports in these categories link this guide. */
  categories: Category[];
  updated: string;
  sections: GuideSection[];
  /** What to do, as concrete numbered steps. */
  steps: string[];
  sources: GuideSource[];
}
