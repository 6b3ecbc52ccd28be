// Writes dist/_headers after the build: the server headers (src/lib/site/headers.ts) for hosts
// that read that file, with the build's base path and basemap.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerRules, headersFile } from '../lib/site/headers.ts';

export function headers(options: { base: string; basemapOrigins: readonly string[]; connectOrigins: readonly string[] }): AstroIntegration {
  return {
    name: 'headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(
          path.join(fileURLToPath(dir), '_headers'),
          headersFile(headerRules({ basemapOrigins: options.basemapOrigins, connectOrigins: options.connectOrigins }), options.base),
        );
      },
    },
  };
}
