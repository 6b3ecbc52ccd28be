// Writes dist/sitemap.xml at the end of the build from the pages Astro rendered (handed over by
// the middleware, rendered-pages.ts), so that every page is listed (hubs, data pages…) without a
// second list to keep in sync, and without reading every page back from dist/.
// A record page gives its last change through `article:modified_time`; pages with
// `<meta name="robots" content="noindex">` (embeds, 404) are left out.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSitemap, readPageMeta, type SitemapEntry } from '../lib/feeds/sitemap.ts';
import { onPageRendered } from './rendered-pages.ts';

export function sitemap(siteUrl: string): AstroIntegration {
  const entries: SitemapEntry[] = [];
  let stop: () => void = () => undefined;
  return {
    name: 'sitemap',
    hooks: {
      'astro:build:start': () => {
        entries.length = 0;
        stop = onPageRendered((pathname, html) => {
          // The 404 page is written as 404.html, never asked for by its address.
          if (/\/404(\.html|\/)?$/.test(pathname)) return;
          const meta = readPageMeta(html);
          if (meta.noindex) return;
          // A fresh string (new URL(…).href), not the canonical address as found: that one is a
          // slice of the page, which would keep every page's HTML in memory until the end of the
          // build (35 KB a page: the 50,000-record build ran out of heap).
          entries.push({ loc: new URL(meta.canonical ?? pathname, siteUrl).href, lastmod: meta.lastmod });
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        stop();
        writeFileSync(path.join(fileURLToPath(dir), 'sitemap.xml'), buildSitemap(entries));
        logger.info(`sitemap.xml : ${entries.length} pages`);
      },
    },
  };
}
