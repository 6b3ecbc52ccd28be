// French typography on every page, applied by a middleware while Astro renders it (see
// typography-middleware.ts and src/lib/display/typography.ts for what changes and what never
// does). Working on each page's final HTML covers Markdown, components and pages in one place.
import type { AstroIntegration } from 'astro';
import { registry } from './rendered-pages.ts';

export function typography(): AstroIntegration {
  return {
    name: 'typography',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        // 'pre' wraps any other middleware: it sees the page as they leave it, the final text.
        addMiddleware({ entrypoint: new URL('./typography-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:build:done': ({ logger }) => {
        const { pages, changed, ms } = registry().typography;
        logger.info(`typographie française : ${changed} pages sur ${pages} en ${Math.round(ms)} ms (pendant le rendu)`);
      },
    },
  };
}
