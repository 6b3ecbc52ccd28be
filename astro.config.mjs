// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { safeMarkdown } from './src/lib/content/markdown-safety.ts';
import { markdownTables } from './src/lib/content/markdown-tables.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { typography } from './src/integrations/typography.ts';
import { renderedPages } from './src/integrations/rendered-pages.ts';
import { headers } from './src/integrations/headers.ts';
import { outDir } from './src/integrations/out-dir.ts';
import { CARTE_FOND, RELAY_ORIGINS, SITE } from './src/site-config.ts';
import { cspDirectives, SCRIPT_SOURCES } from './src/lib/site/csp.ts';

export default defineConfig({
  site: SITE.url,
  // BASE_PATH: the site can live under a sub-path; every internal address goes through withBase().
  base: SITE.base,
  // Tests and benchmarks build other content folders side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    contentGuard(),
    // Moves the last site aside and deletes it while the build runs, instead of before it.
    outDir(),
    typography(),
    // Before the sitemap and the search index: hands them the pages the incremental build copied.
    renderedPages(),
    sitemap(SITE.url),
    searchIndex(),
    headers({ base: SITE.base, basemapOrigins: CARTE_FOND?.origines ?? [], connectOrigins: RELAY_ORIGINS }),
  ],
  markdown: {
    // Shiki's inline styles break the Content-Security-Policy; records hold no code anyway.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [safeMarkdown],
      hastPlugins: [markdownTables],
      features: {
        gfm: { footnotes: { label: 'Notes', backLabel: 'Revenir à l’appel de note {reference}' } },
      },
    }),
  },
  // A <meta> Content-Security-Policy with the hashes of Astro's own scripts and styles; the
  // directives come from src/lib/site/csp.ts, which the server's header policy shares.
  security: {
    csp: {
      directives: cspDirectives(CARTE_FOND?.origines, RELAY_ORIGINS),
      // Pagefind's 'wasm-unsafe-eval' is added by /recherche/ alone, the only page that runs WebAssembly.
      scriptDirective: { resources: SCRIPT_SOURCES },
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose getStaticPaths gives a cacheKey (records, their calendars and edit-form JSON,
    // communes shards, mini-maps) are copied from the cache (cacheDir) when neither their key nor
    // their code changed: src/lib/site/page-key.ts says what a key must cover.
    incrementalBuild: true,
  },
});
