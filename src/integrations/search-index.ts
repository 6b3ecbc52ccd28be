// Builds the Pagefind index of the built site into <outDir>/pagefind when `astro build` is
// done, so that the build alone gives a site with its search. Only record pages are indexed
// (their <article data-pagefind-body>), never navigation or lists. SEARCH_INDEX=off skips it
// (fixture builds of the tests that never search; the benchmark, which times it apart).
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { splitElisionsInHtml } from '../lib/search/elision.ts';
import { separateFields } from '../lib/search/field-separators.ts';

const BODY = '<article data-pagefind-body';

/**
 * Pagefind is given the record's article alone in a bare French page, not the header,
 * navigation, related lists and footer it would parse and then ignore. At 10,000 records this
 * halves the indexing time.
 */
function indexedPart(html: string): string | undefined {
  const start = html.indexOf(BODY);
  const end = html.indexOf('</article>', start);
  if (start === -1 || end === -1) return undefined;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title></title></head><body>${html.slice(start, end + '</article>'.length)}</body></html>`;
}

export interface SearchIndexOptions {
  /** The built site. */
  outDir: string;
  /** Where the last index is kept between builds (the build empties outDir). */
  cacheDir: string;
  log: (message: string) => void;
}

/** Writes <outDir>/pagefind, or copies it from the cache when no indexed text changed. */
export async function buildSearchIndex({ outDir, cacheDir, log }: SearchIndexOptions): Promise<void> {
  const started = Date.now();
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  // Each page goes through splitElisionsInHtml, so that « isolement » finds « l’isolement », and
  // separateFields, so that excerpts of « En bref » read « Échelle : Départementale · Statut : … ».
  const parts = pages.flatMap((page) => {
    const part = indexedPart(readFileSync(path.join(outDir, page), 'utf8'));
    return part === undefined ? [] : [{ sourcePath: page.split(path.sep).join('/'), content: splitElisionsInHtml(separateFields(part)) }];
  });
  if (parts.length === 0) throw new Error('Index de recherche : aucune page indexée');

  const hash = createHash('sha1');
  for (const p of parts) hash.update(p.sourcePath).update('\0').update(p.content).update('\0');
  const digest = hash.digest('hex');
  const cache = path.join(cacheDir, 'pagefind');
  const target = path.join(outDir, 'pagefind');
  if (existsSync(path.join(cache, 'source.sha1')) && readFileSync(path.join(cache, 'source.sha1'), 'utf8') === digest) {
    cpSync(path.join(cache, 'index'), target, { recursive: true });
    log(`Index de recherche : ${parts.length} pages inchangées, index repris du cache en ${Date.now() - started} ms`);
    return;
  }

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind : ${errors.join('\n')}`);
  const problems: string[] = [];
  let count = 0;
  try {
    // Pagefind's service indexes several files at once: keep a few dozen requests in flight.
    const BATCH = 64;
    for (let i = 0; i < parts.length; i += BATCH) {
      for (const result of await Promise.all(parts.slice(i, i + BATCH).map((part) => index.addHTMLFile(part)))) {
        problems.push(...result.errors);
        if (result.file) count++;
      }
    }
    problems.push(...(await index.writeFiles({ outputPath: target })).errors);
  } finally {
    await pagefind.close();
  }
  if (problems.length > 0 || count === 0) throw new Error(`Index de recherche : ${problems.join('\n') || 'aucune page indexée'}`);
  rmSync(cache, { recursive: true, force: true });
  cpSync(target, path.join(cache, 'index'), { recursive: true });
  writeFileSync(path.join(cache, 'source.sha1'), digest);
  log(`Index de recherche : ${count} pages indexées en ${Date.now() - started} ms`);
}

export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX === 'off') {
          logger.info('Index de recherche : non construit (SEARCH_INDEX=off)');
          return;
        }
        await buildSearchIndex({ outDir: fileURLToPath(dir), cacheDir, log: (m) => logger.info(m) });
      },
    },
  };
}
