// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { safeMarkdown } from './src/lib/markdown-safety.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { SITE } from './src/site-config.ts';

export default defineConfig({
  site: SITE.url,
  // Tests and benchmarks build other content folders side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx()],
  markdown: {
    // Shiki's inline styles break the Content-Security-Policy; records hold no code anyway.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [safeMarkdown],
      features: {
        gfm: { footnotes: { label: 'Notes', backLabel: 'Revenir à l’appel de note {reference}' } },
      },
    }),
  },
  security: { csp: true },
  devToolbar: { enabled: false },
});
