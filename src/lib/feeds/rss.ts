// RSS 2.0 feeds of new and updated records, for partners who follow the centre.
import { escapeXml } from './xml.ts';

export interface FeedItem {
  title: string;
  summary: string;
  /** Absolute address of the record. */
  link: string;
  /** Last update, or publication. */
  date: Date;
  /** The record's type (« Pratique », « Événement »…). */
  category: string;
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute address of the page the feed follows. */
  link: string;
  /** Absolute address of the feed itself. */
  self: string;
  items: readonly FeedItem[];
  /** Keeps feeds light for readers on slow connections. */
  limit?: number;
}

/** Newest first; ties broken by title so that builds are reproducible. */
export function sortItems(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'fr'));
}

export function buildRss(feed: Feed): string {
  const items = sortItems(feed.items).slice(0, feed.limit ?? 50);
  const last = items[0]?.date;
  const item = (i: FeedItem) =>
    [
      '    <item>',
      `      <title>${escapeXml(i.title)}</title>`,
      `      <link>${escapeXml(i.link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
      `      <description>${escapeXml(i.summary)}</description>`,
      `      <category>${escapeXml(i.category)}</category>`,
      `      <pubDate>${i.date.toUTCString()}</pubDate>`,
      '    </item>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${escapeXml(feed.link)}</link>`,
    `    <description>${escapeXml(feed.description)}</description>`,
    '    <language>fr-FR</language>',
    `    <atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...(last ? [`    <lastBuildDate>${last.toUTCString()}</lastBuildDate>`] : []),
    ...items.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
