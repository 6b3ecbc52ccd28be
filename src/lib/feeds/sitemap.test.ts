import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { buildRobots, buildSitemap, readPageMeta } from './sitemap.ts';

describe('buildSitemap', () => {
  test('lists every address, sorted, with lastmod when known', () => {
    const xml = buildSitemap([{ loc: 'https://e.org/b/?x=1&y=2' }, { loc: 'https://e.org/a/', lastmod: '2026-01-10' }]);
    const doc = new XMLParser().parse(xml);
    expect(doc.urlset.url).toEqual([{ loc: 'https://e.org/a/', lastmod: '2026-01-10' }, { loc: 'https://e.org/b/?x=1&y=2' }]);
  });
});

describe('readPageMeta', () => {
  test('reads canonical, modification day and noindex', () => {
    const html =
      '<head><link rel="canonical" href="https://e.org/a/"><meta property="article:modified_time" content="2026-01-10T00:00:00.000Z"><meta name="robots" content="noindex, follow"></head>';
    expect(readPageMeta(html)).toEqual({ canonical: 'https://e.org/a/', lastmod: '2026-01-10', noindex: true });
    expect(readPageMeta('<head></head>')).toEqual({ noindex: false });
  });
});

describe('buildRobots', () => {
  test('points to the sitemap', () => {
    expect(buildRobots('https://e.org')).toContain('Sitemap: https://e.org/sitemap.xml');
    expect(buildRobots('https://e.org/centre/')).toContain('Sitemap: https://e.org/centre/sitemap.xml');
  });
});
