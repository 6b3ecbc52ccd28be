// Pages as Astro renders them, handed to the build's integrations (search index, sitemap) from
// the middleware, instead of each integration reading every written page back from dist/ once
// the build is over. The middleware is bundled apart from astro.config.mjs but runs in the same
// process: the listeners live on globalThis under a registered symbol, as validated.ts does.
//
// The incremental build (astro.config.mjs) copies unchanged pages from its cache without rendering
// them, so the middleware never sees them: renderedPages() hands those to the listeners at the end
// of the build, read from the built site (they are already in their final form), so that the
// sitemap and the search index still list every page. It must come before them in the config.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase, pageAddress, pageFile } from '../lib/site/paths.ts';

/**
 * Address of the page (base path included, as requested), its final HTML, and whether it was
 * copied from the incremental build's cache rather than rendered (then it is handed over at the
 * end of the build, and is the same page as in the build that rendered it).
 */
export type PageListener = (pathname: string, html: string, copied: boolean) => void;

interface Registry {
  listeners: Set<PageListener>;
  /** Addresses rendered during this build (decoded, base path included). */
  rendered: Set<string>;
  /** Time spent on French typography in the middleware, for the build's log. */
  typography: { pages: number; changed: number; ms: number };
}

const KEY = Symbol.for('cooperations.rendered-pages');

export function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  g[KEY] ??= { listeners: new Set(), rendered: new Set(), typography: { pages: 0, changed: 0, ms: 0 } };
  return g[KEY];
}

/** Calls `listener` with every page rendered from now on; returns what stops it. */
export function onPageRendered(listener: PageListener): () => void {
  registry().listeners.add(listener);
  return () => registry().listeners.delete(listener);
}

export function pageRendered(pathname: string, html: string): void {
  const { listeners, rendered } = registry();
  rendered.add(decodeURIComponent(pathname));
  for (const listener of listeners) listener(pathname, html, false);
}

/**
 * Hands the listeners the HTML pages of `outDir` that were not rendered during this build (copied
 * from the incremental build's cache); returns how many. The build empties `outDir` first, so
 * these are exactly the pages the cache gave back.
 */
export function replayCopiedPages(outDir: string, base: string): number {
  const rendered = new Set([...registry().rendered].map((p) => pageFile(encodeURI(p), base)));
  let count = 0;
  for (const entry of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const file = entry.split(path.sep).join('/');
    if (!file.endsWith('.html') || file.startsWith('pagefind/') || rendered.has(file)) continue;
    const html = readFileSync(path.join(outDir, entry), 'utf8');
    const address = pageAddress(file, base);
    for (const listener of registry().listeners) listener(address, html, true);
    count++;
  }
  return count;
}

export function renderedPages(): AstroIntegration {
  let base = '/';
  return {
    name: 'rendered-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:start': () => {
        registry().rendered.clear();
      },
      'astro:build:done': ({ dir, logger }) => {
        const copied = replayCopiedPages(fileURLToPath(dir), base);
        if (copied > 0) logger.info(`${copied} pages inchangées reprises du cache de construction`);
      },
    },
  };
}
