// Builds the Pagefind index of the site into <outDir>/pagefind during `astro build`, so that the
// build alone gives a site with its search. Each record page is handed to Pagefind as soon as Astro
// has rendered it (rendered-pages.ts): Pagefind's service is its own process, so indexing overlaps
// rendering on a second core instead of re-reading every built page once the build is over.
// Only record pages are indexed (their <article data-pagefind-body>), never navigation or lists.
// SEARCH_INDEX=off skips it (fixture builds of the tests that never search).
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { splitElisionsInHtml } from '../lib/search/elision.ts';
import { separateFields } from '../lib/search/field-separators.ts';
import { onPageRendered } from './rendered-pages.ts';
import { normaliseBase, pageFile } from '../lib/site/paths.ts';

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

/** A Pagefind index that takes pages one by one, and writes itself (or the cached one) at the end. */
export function searchFeed() {
  const started = Date.now();
  const created = pagefind.createIndex({ forceLanguage: 'fr' }).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind : ${errors.join('\n')}`);
    return index;
  });
  const hashes = new Map<string, string>();
  const pending: Array<Promise<{ errors: string[]; file?: unknown }>> = [];
  /** Pages copied from the incremental build's cache: given to Pagefind only if the index must be rewritten. */
  const held: Array<{ sourcePath: string; content: string }> = [];
  const send = (page: { sourcePath: string; content: string }) => {
    const added = created.then((index) => index.addHTMLFile(page));
    // Awaited by finish(), which reports a failure; until then it must not count as unhandled.
    added.catch(() => undefined);
    pending.push(added);
  };
  return {
    /**
     * `sourcePath`: the page's file in the built site (`acteurs/x/index.html`). A rendered page
     * goes to Pagefind at once; a `copied` one waits for finish(), which may not need it.
     */
    add(sourcePath: string, html: string, copied = false): void {
      const part = indexedPart(html);
      if (part === undefined) return;
      // splitElisionsInHtml, so that « isolement » finds « l’isolement », and separateFields, so
      // that excerpts of « En bref » read « Échelle : Départementale · Statut : … ».
      const content = splitElisionsInHtml(separateFields(part));
      hashes.set(sourcePath, createHash('sha1').update(content).digest('hex'));
      if (copied) held.push({ sourcePath, content });
      else send({ sourcePath, content });
    },
    /** Writes <outDir>/pagefind, or copies it from the cache when no indexed text changed. */
    async finish({ outDir, cacheDir, log }: SearchIndexOptions): Promise<void> {
      try {
        const digest = createHash('sha1');
        for (const [page, hash] of [...hashes].sort(([a], [b]) => (a < b ? -1 : 1))) digest.update(`${page}\0${hash}\0`);
        const source = digest.digest('hex');
        const cache = path.join(cacheDir, 'pagefind');
        const target = path.join(outDir, 'pagefind');
        const reuse = existsSync(path.join(cache, 'source.sha1')) && readFileSync(path.join(cache, 'source.sha1'), 'utf8') === source;
        if (!reuse) for (const page of held.splice(0)) send(page);
        const problems: string[] = [];
        let count = held.length;
        for (const result of await Promise.all(pending)) {
          problems.push(...result.errors);
          if (result.file) count++;
        }
        if (problems.length > 0 || count === 0) throw new Error(`Index de recherche : ${problems.join('\n') || 'aucune page indexée'}`);
        if (reuse) {
          linkTree(path.join(cache, 'index'), target);
          log(
            `Index de recherche : ${count} pages inchangées, index repris du cache (${Date.now() - started} ms depuis le début du rendu)`,
          );
          return;
        }
        const written = await (await created).writeFiles({ outputPath: target });
        if (written.errors.length > 0) throw new Error(`Index de recherche : ${written.errors.join('\n')}`);
        rmSync(cache, { recursive: true, force: true });
        linkTree(target, path.join(cache, 'index'));
        writeFileSync(path.join(cache, 'source.sha1'), source);
        log(`Index de recherche : ${count} pages indexées (${Date.now() - started} ms depuis le début du rendu)`);
      } finally {
        await pagefind.close();
      }
    },
  };
}

/**
 * A copy of `from` at `to` made of hard links (a copy where the two are on different disks): the
 * index's files are never written again in place, and at 10,000 records copying them took seconds.
 */
function linkTree(from: string, to: string): void {
  try {
    for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
      const source = path.join(entry.parentPath, entry.name);
      const target = path.join(to, path.relative(from, source));
      if (entry.isDirectory()) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      linkSync(source, target);
    }
  } catch {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
}

/** The index of an already built site, read back from its files (npm run index:search). */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<void> {
  const feed = searchFeed();
  for (const page of readdirSync(options.outDir, { recursive: true, encoding: 'utf8' })) {
    if (page.endsWith('.html') && !page.startsWith('pagefind'))
      feed.add(page.split(path.sep).join('/'), readFileSync(path.join(options.outDir, page), 'utf8'));
  }
  await feed.finish(options);
}

export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  let feed: ReturnType<typeof searchFeed> | undefined;
  let stop: () => void = () => undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        base = normaliseBase(config.base);
      },
      'astro:build:start': () => {
        if (process.env.SEARCH_INDEX === 'off') return;
        const current = searchFeed();
        feed = current;
        stop = onPageRendered((pathname, html, copied) => current.add(pageFile(pathname, base), html, copied));
      },
      'astro:build:done': async ({ dir, logger }) => {
        stop();
        if (!feed) {
          logger.info('Index de recherche : non construit (SEARCH_INDEX=off)');
          return;
        }
        await feed.finish({ outDir: fileURLToPath(dir), cacheDir, log: (m) => logger.info(m) });
      },
    },
  };
}
