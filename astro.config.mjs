// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { safeMarkdown } from './src/lib/markdown-safety.ts';
import { markdownTables } from './src/lib/markdown-tables.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { CARTE_FOND, SITE } from './src/site-config.ts';

export default defineConfig({
  site: SITE.url,
  // BASE_PATH: the site can live under a sub-path; every internal address goes through withBase().
  base: SITE.base,
  // Tests and benchmarks build other content folders side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx(), sitemap(SITE.url, SITE.base)],
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
  // A <meta> Content-Security-Policy with the hashes of Astro's own scripts and styles. Beyond
  // Astro's script-src/style-src, 'self' everywhere: the browser itself refuses anything from
  // another host, so the privacy promise holds even if a page or a dependency slips.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // No worker-src: the map's worker is a file of this site (maplibre.setWorkerUrl), which
        // script-src 'self' already allows. maplibre-gl decodes images through blob:/data: URLs.
        // The basemap's host only when a maintainer switches it on (src/site-config.ts, off by default).
        `img-src 'self' data: blob:${CARTE_FOND ? ` ${CARTE_FOND.origines.join(' ')}` : ''}`,
        ...(CARTE_FOND ? [/** @type {`connect-src${string}`} */ (`connect-src 'self' ${CARTE_FOND.origines.join(' ')}`)] : []),
      ],
      scriptDirective: {
        // 'self' (Astro's default, restated since setting resources replaces it) and Pagefind's
        // search, which compiles its WebAssembly in the page.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
  devToolbar: { enabled: false },
});
