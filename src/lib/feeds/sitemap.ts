// sitemap.xml (sitemaps.org protocol 0.9) from the pages of a build.
import { escapeXml } from './xml.ts';

export interface SitemapEntry {
  /** Absolute address. */
  loc: string;
  /** `YYYY-MM-DD` of the last change, for records. */
  lastmod?: string | undefined;
}

export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sorted.map((e) => `  <url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * What the sitemap needs from one built page: its canonical address, its last
 * change (from `article:modified_time`) and whether it asks not to be indexed.
 */
export function readPageMeta(html: string): { canonical?: string; lastmod?: string; noindex: boolean } {
  const attr = (re: RegExp) => re.exec(html)?.[1];
  const canonical = attr(/<link\s+rel="canonical"\s+href="([^"]+)"/);
  const modified = attr(/<meta\s+property="article:modified_time"\s+content="([^"]+)"/);
  const noindex = /<meta\s+name="robots"\s+content="[^"]*noindex/.test(html);
  return { ...(canonical ? { canonical } : {}), ...(modified ? { lastmod: modified.slice(0, 10) } : {}), noindex };
}

export function buildRobots(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href}\n`;
}
