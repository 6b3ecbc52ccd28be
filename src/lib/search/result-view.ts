// What one search result shows, as plain data: type, the event's day (« 1er juillet 2025 »),
// title, summary and the excerpt with its highlighted words. The page turns it into elements.
import { formatDay } from '../time/dates.ts';
import { joinElisions } from './elision.ts';
import { excerptParts, type ExcerptPart } from './search-excerpt.ts';
import type { PagefindData } from './run-search.ts';

export interface ResultView {
  href: string;
  title: string;
  type: string;
  /** For an event: its day. */
  day?: string | undefined;
  summary: string;
  /** Only when the excerpt highlights something. */
  excerpt?: ExcerptPart[] | undefined;
}

export function resultView(d: PagefindData): ResultView {
  const parts = excerptParts(joinElisions(d.excerpt));
  const day =
    d.meta.type === 'Événement' && d.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(d.meta.date)
      ? formatDay(new Date(`${d.meta.date}T00:00:00Z`))
      : undefined;
  return {
    href: d.url,
    title: joinElisions(d.meta.title ?? d.url),
    type: d.meta.type ?? '',
    day,
    summary: joinElisions(d.meta.resume ?? ''),
    excerpt: parts.some((p) => p.mark) ? parts : undefined,
  };
}
