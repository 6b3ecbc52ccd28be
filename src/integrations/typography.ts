// French typography on every built page, once, after Astro has written them: the text of titles,
// bodies and record content alike (see src/lib/display/typography.ts for what changes and what
// never does). Working on the output covers Markdown, components and pages in one place.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { frenchTypography } from '../lib/display/typography.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

export function typography(): AstroIntegration {
  return {
    name: 'typography',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        let changed = 0;
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const out = frenchTypography(html);
          if (out !== html) {
            writeFileSync(file, out);
            changed++;
          }
        }
        logger.info(`typographie française : ${changed} pages sur ${files.length} en ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
