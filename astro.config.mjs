// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { safeMarkdown } from './src/lib/content/markdown-safety.ts';
import { markdownTables } from './src/lib/content/markdown-tables.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { typography } from './src/integrations/typography.ts';
import { CARTE_FOND, SITE } from './src/site-config.ts';

export default defineConfig({
  site: SITE.url,
  // Tests and benchmarks build other content folders side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), typography(), sitemap(SITE.url), searchIndex()],
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
        // 'self' (Astro's default, restated since setting resources replaces it). Pagefind's
        // 'wasm-unsafe-eval' is added by /recherche/ alone, the only page that runs WebAssembly.
        resources: ["'self'"],
      },
    },
  },
  devToolbar: { enabled: false },
});
