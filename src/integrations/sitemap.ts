// Writes dist/sitemap.xml after the build from the pages actually written, so that
// every page is listed (hubs, data pages…) without a second list to keep in sync.
// A record page gives its last change through `article:modified_time`; pages with
// `<meta name="robots" content="noindex">` (embeds, 404) are left out.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSitemap, readPageMeta, type SitemapEntry } from '../lib/feeds/sitemap.ts';
import { withBase } from '../lib/site/paths.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

export function sitemap(siteUrl: string, base = '/'): AstroIntegration {
  return {
    name: 'sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries: SitemapEntry[] = [];
        for (const file of htmlFiles(root)) {
          const rel = path.relative(root, file).split(path.sep).join('/');
          if (rel === '404.html') continue;
          const meta = readPageMeta(readFileSync(file, 'utf8'));
          if (meta.noindex) continue;
          const loc = meta.canonical ?? new URL(withBase(`/${rel.replace(/index\.html$/, '')}`, base), siteUrl).href;
          entries.push({ loc, lastmod: meta.lastmod });
        }
        writeFileSync(path.join(root, 'sitemap.xml'), buildSitemap(entries));
        logger.info(`sitemap.xml : ${entries.length} pages`);
      },
    },
  };
}
