import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { buildRss, type FeedItem } from './rss.ts';

const item = (title: string, date: string): FeedItem => ({
  title,
  summary: `Résumé de ${title} <avec> & des “signes”`,
  link: `https://example.org/pratiques/${title.toLowerCase()}/`,
  date: new Date(date),
  category: 'Pratique',
});

describe('buildRss', () => {
  const xml = buildRss({
    title: 'Coopérations & co',
    description: 'Nouveautés',
    link: 'https://example.org/',
    self: 'https://example.org/rss.xml',
    items: [item('Ancienne', '2015-01-01T00:00:00Z'), item('Recente', '2026-02-01T00:00:00Z')],
  });
  const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);

  test('is well-formed RSS 2.0 with escaped text', () => {
    expect(doc.rss['@_version']).toBe('2.0');
    expect(doc.rss.channel.title).toBe('Coopérations & co');
    expect(doc.rss.channel['atom:link']['@_href']).toBe('https://example.org/rss.xml');
  });

  test('lists items newest first with link, date and category', () => {
    const items = doc.rss.channel.item;
    expect(items.map((i: { title: string }) => i.title)).toEqual(['Recente', 'Ancienne']);
    expect(items[0].link).toBe('https://example.org/pratiques/recente/');
    expect(items[0].category).toBe('Pratique');
    expect(new Date(items[0].pubDate).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(items[0].description).toContain('<avec> & des');
  });

  test('keeps at most `limit` items', () => {
    const many = Array.from({ length: 5 }, (_, i) => item(`T${i}`, `2020-01-0${i + 1}T00:00:00Z`));
    const small = new XMLParser().parse(
      buildRss({ title: 't', description: 'd', link: 'https://e/', self: 'https://e/r', items: many, limit: 2 }),
    );
    expect(small.rss.channel.item.map((i: { title: string }) => i.title)).toEqual(['T4', 'T3']);
  });
});
