// Builds the Pagefind index of the site into <outDir>/pagefind during `astro build`, so that the
// build alone gives a site with its search. Each record page is handed to Pagefind as soon as Astro
// has rendered it (rendered-pages.ts): Pagefind's service is its own process, so indexing overlaps
// rendering on a second core instead of re-reading every built page once the build is over.
// Only record pages are indexed (their <article data-pagefind-body>), never navigation or lists.
// SEARCH_INDEX=off skips it (fixture builds of the tests that never search).
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import {
  cpSync,
  createWriteStream,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { splitElisionsInHtml } from '../lib/search/elision.ts';
import { separateFields } from '../lib/search/field-separators.ts';
import { onPageRendered } from './rendered-pages.ts';
import { onPageAnnounced } from '../lib/site/announced-pages.ts';
import { normaliseBase, pageFile } from '../lib/site/paths.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { SHARED_SOURCE, sourceDigests } from '../lib/content/sources.ts';
import { validatedContent } from '../lib/content/validated.ts';

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

/**
 * One line of what a build gave Pagefind: the page's file in the site, its key and the records it
 * shows if its route announced them, its text.
 */
interface IndexedPage {
  page: string;
  key?: string;
  sources?: readonly string[];
  content: string;
}

type KnownPage = Required<Omit<IndexedPage, 'page'>>;

const PAGES = 'pages.ndjson';
/** The digests of the sources of the build that gave PAGES (sourceDigests()). */
const SOURCES = 'sources.json';

/**
 * The lines of a file, each read apart: at 50,000 records what the index was given weighs
 * 400 MB, close to the longest string V8 can hold.
 */
function* lines(file: string): Generator<string> {
  const data = readFileSync(file);
  for (let start = 0; start < data.length;) {
    const newline = data.indexOf(10, start);
    const end = newline === -1 ? data.length : newline;
    if (end > start) yield data.toString('utf8', start, end);
    start = end + 1;
  }
}

/** What the last build gave Pagefind, for the pages that had a key; nothing if it cannot be read. */
function readIndexedPages(file: string): Map<string, KnownPage> {
  const pages = new Map<string, KnownPage>();
  try {
    for (const line of lines(file)) {
      const { page, key, sources = [], content } = JSON.parse(line) as IndexedPage;
      if (key !== undefined) pages.set(page, { key, sources, content });
    }
    return pages;
  } catch {
    return new Map();
  }
}

/** The digests of the sources of the last build; nothing if they cannot be read. */
function readSources(file: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

async function createPagefindIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind : ${errors.join('\n')}`);
  return index;
}

/**
 * A Pagefind index that takes pages one by one, and writes itself (or the cached one) at the end,
 * keeping in `cacheDir` the index and what it was given for each page.
 *
 * Pagefind cannot take a page out of an index, so one changed page means indexing them all again
 * (at 10,000 records, 15 s of reading pages and 15 s of writing the index). With `ahead`, a page
 * whose route announces it with the same key as in the last build (src/lib/site/announced-pages.ts)
 * is indexed at once from what that build gave, while Astro renders the others, instead of once
 * the build is over. That is a guess: every page the build gives is then checked against what was
 * indexed ahead, and if one differs or is missing, the index is made again from the build's pages
 * alone, as without a cache. Likewise, once every announced page is in (indexed ahead, or rendered
 * and given), the index is written aside while Astro goes on with the other routes; it is kept only
 * if no page came or differed after that. With `sources` (sourceDigests() of this build's records),
 * the pages whose records did not change are indexed ahead even before they are announced.
 */
export function searchFeed(
  cacheDir: string,
  { ahead: indexAhead = true, sources }: { ahead?: boolean; sources?: ReadonlyMap<string, string> } = {},
) {
  const started = Date.now();
  const kept = path.join(cacheDir, 'pagefind');
  const previous = indexAhead ? readIndexedPages(path.join(kept, PAGES)) : new Map<string, KnownPage>();
  // This build's pages go to a file as they come, rather than staying in memory until the end.
  mkdirSync(cacheDir, { recursive: true });
  const written = path.join(cacheDir, `${PAGES}.part`);
  const out = createWriteStream(written);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  closed.catch(() => undefined);
  let index = createPagefindIndex();
  let pending: Array<Promise<{ errors: string[]; file?: unknown }>> = [];
  /** This build's pages, with the digest of their indexed text. */
  const pages = new Map<string, string>();
  /** Announced pages, with their key and the records they show. */
  const announced = new Map<string, { key: string; shown: readonly string[] }>();
  /** Pages indexed ahead from the last build, with the digest of the text given to Pagefind. */
  const ahead = new Map<string, string>();
  /** Pages indexed ahead before any was announced, because the records they show did not change. */
  const guessed = new Set<string>();
  /** Set when a guess proved wrong: the index started again from the announced pages. */
  let restarted = false;
  /** Until the first page is given: every page is announced before (getStaticPaths comes first). */
  let announcing = true;
  /** Copied pages that were not indexed ahead: given to Pagefind only if the index must be rewritten. */
  const held = new Map<string, string>();
  /** Set once a page differs from what was indexed ahead: the index must be made again. */
  let wrong = false;
  /** Announced pages neither indexed ahead nor given yet. */
  const waiting = new Set<string>();
  /** The index written aside during the build, once every announced page was in. */
  const aside = path.join(cacheDir, 'pagefind.next');
  rmSync(aside, { recursive: true, force: true });
  let early: Promise<{ errors: string[] }> | undefined;
  /**
   * Set when a page that no route announced is given to Pagefind, or any page after the index was
   * written aside: the index written aside may lack it.
   */
  let late = false;
  const send = (page: { sourcePath: string; content: string }) => {
    const added = index.then((i) => i.addHTMLFile(page));
    // Awaited by finish(), which reports a failure; until then it must not count as unhandled.
    added.catch(() => undefined);
    pending.push(added);
  };
  const sendAhead = (sourcePath: string, content: string) => {
    ahead.set(sourcePath, sha1(content));
    send({ sourcePath, content });
  };
  /** A guess proved wrong before any page was given: a new index, from the pages announced so far. */
  const restart = () => {
    void index.then((dropped) => dropped.deleteIndex()).catch(() => undefined);
    index = createPagefindIndex();
    pending = [];
    ahead.clear();
    guessed.clear();
    restarted = true;
    for (const [page, { key }] of announced) {
      const last = previous.get(page);
      if (last?.key === key) sendAhead(page, last.content);
    }
  };
  // Astro announces the pages only once it has bundled the site, read its content and run every
  // getStaticPaths: at 10,000 records, 25 s after the start, and Pagefind then needs 25 s more to
  // take them in. So the pages of the last build whose records all kept their text are given to
  // Pagefind now, on the second core. Each guess is then checked against the page's key when it is
  // announced: one wrong guess, and the index starts again from the announced pages, as without it.
  // A new record may appear on pages that did not show it (it links to them): no guess then, nor
  // when the themes or figures changed.
  if (sources && previous.size > 0) {
    const last = readSources(path.join(kept, SOURCES));
    const same = (name: string) => last.has(name) && last.get(name) === sources.get(name);
    if (same(SHARED_SOURCE) && [...sources.keys()].every((name) => last.has(name))) {
      for (const [page, { sources: shown, content }] of previous) {
        if (shown.length === 0 || !shown.every(same)) continue;
        guessed.add(page);
        sendAhead(page, content);
      }
    }
  }
  return {
    /** A page that this build will give (its file in the built site), its key and the records it shows. */
    announce(sourcePath: string, key: string, shown: readonly string[] = []): void {
      announced.set(sourcePath, { key, shown });
      const last = previous.get(sourcePath);
      if (guessed.has(sourcePath)) {
        if (last?.key === key) return;
        if (pages.size === 0) restart();
        else wrong = true;
      }
      if (ahead.has(sourcePath) || pages.has(sourcePath)) return;
      if (wrong || last?.key !== key) {
        waiting.add(sourcePath);
        return;
      }
      sendAhead(sourcePath, last.content);
    },
    /**
     * `sourcePath`: the page's file in the built site (`acteurs/x/index.html`). A rendered page
     * goes to Pagefind at once; a `copied` one waits for finish(), which may not need it.
     */
    add(sourcePath: string, html: string, copied = false): void {
      if (announcing) {
        announcing = false;
        // A guessed page that no route announced is not in this build.
        if ([...guessed].some((page) => !announced.has(page))) restart();
        previous.clear();
      }
      const part = indexedPart(html);
      if (part === undefined) return;
      // splitElisionsInHtml, so that « isolement » finds « l’isolement », and separateFields, so
      // that excerpts of « En bref » read « Échelle : Départementale · Statut : … ».
      const content = splitElisionsInHtml(separateFields(part));
      const hash = sha1(content);
      pages.set(sourcePath, hash);
      const { key, shown: sources } = announced.get(sourcePath) ?? {};
      const line: IndexedPage = { page: sourcePath, key, sources, content };
      out.write(`${JSON.stringify(line)}\n`);
      waiting.delete(sourcePath);
      const indexed = ahead.get(sourcePath);
      if (indexed !== undefined) wrong ||= indexed !== hash;
      else if (copied) held.set(sourcePath, content);
      else if (!wrong) {
        late ||= early !== undefined || !announced.has(sourcePath);
        send({ sourcePath, content });
      }
      if (!copied && !wrong && !early && ahead.size > 0 && waiting.size === 0) {
        // Every announced page is in: write the index aside while Astro renders the other routes.
        const given = [...pending];
        early = Promise.all(given).then(async () => (await index).writeFiles({ outputPath: aside }));
        early.catch(() => undefined);
      }
    },
    /** Writes <outDir>/pagefind, or copies it from the cache when no indexed text changed. */
    async finish({ outDir, log }: Pick<SearchIndexOptions, 'outDir' | 'log'>): Promise<void> {
      try {
        if (restarted) log('Index de recherche : des pages supposées inchangées avaient changé, index repris des pages annoncées');
        out.end();
        await closed;
        const digest = createHash('sha1');
        for (const [page, hash] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) digest.update(`${page}\0${hash}\0`);
        const source = digest.digest('hex');
        const target = path.join(outDir, 'pagefind');
        const reuse = existsSync(path.join(kept, 'source.sha1')) && readFileSync(path.join(kept, 'source.sha1'), 'utf8') === source;
        wrong ||= [...ahead.keys()].some((page) => !pages.has(page));
        // The index written aside holds every page of this build, as this build gave them.
        const asideKept = !reuse && !wrong && !late && held.size === 0 && early !== undefined;
        if (early && !asideKept) {
          await early.catch(() => undefined);
          rmSync(aside, { recursive: true, force: true });
        }
        if (!reuse && wrong) {
          // Indexed ahead from a cache that this build contradicts: start again from its pages.
          await Promise.allSettled(pending);
          await (await index).deleteIndex();
          index = createPagefindIndex();
          pending = [];
          ahead.clear();
          held.clear();
          for (const line of lines(written)) {
            const { page, content } = JSON.parse(line) as IndexedPage;
            send({ sourcePath: page, content });
          }
        } else if (!reuse) {
          // The rendered pages are already there, and those indexed ahead; the copied ones are left.
          for (const [sourcePath, content] of held) send({ sourcePath, content });
        }
        const problems: string[] = [];
        for (const result of await Promise.all(pending)) problems.push(...result.errors);
        if (problems.length > 0 || pages.size === 0)
          throw new Error(`Index de recherche : ${problems.join('\n') || 'aucune page indexée'}`);
        const took = `${Date.now() - started} ms depuis le début du rendu`;
        if (reuse) {
          linkTree(path.join(kept, 'index'), target);
          log(`Index de recherche : ${pages.size} pages inchangées, index repris du cache (${took})`);
        } else {
          // Written aside (during the render, or now), then kept in the cache and linked into the site.
          const files = asideKept && early ? await early : await (await index).writeFiles({ outputPath: aside });
          if (files.errors.length > 0) throw new Error(`Index de recherche : ${files.errors.join('\n')}`);
          rmSync(kept, { recursive: true, force: true });
          mkdirSync(kept, { recursive: true });
          renameSync(aside, path.join(kept, 'index'));
          linkTree(path.join(kept, 'index'), target);
          writeFileSync(path.join(kept, 'source.sha1'), source);
          const guesses = guessed.size > 0 ? ` (dont ${guessed.size} dès le début de la construction)` : '';
          const from = wrong
            ? 'index préparé d’avance abandonné : une page avait changé'
            : `${ahead.size} indexées d’avance${guesses}${asideKept ? ', index écrit pendant le rendu' : ''}`;
          log(`Index de recherche : ${pages.size} pages indexées, ${from} (${took})`);
        }
        renameSync(written, path.join(kept, PAGES));
        // What the next build compares its records with, to guess its unchanged pages.
        if (sources) writeFileSync(path.join(kept, SOURCES), JSON.stringify(Object.fromEntries(sources)));
        else rmSync(path.join(kept, SOURCES), { force: true });
      } finally {
        out.destroy();
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
  const feed = searchFeed(options.cacheDir, { ahead: false });
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
        // The records as the content guard validated them, before Astro reads them.
        const current = searchFeed(cacheDir, { sources: sourceDigests(validatedContent(contentDir())) });
        feed = current;
        const stopRendered = onPageRendered((pathname, html, copied) => current.add(pageFile(pathname, base), html, copied));
        const stopAnnounced = onPageAnnounced((pathname, key, shown) => current.announce(pageFile(pathname, base), key, shown));
        stop = () => {
          stopRendered();
          stopAnnounced();
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        stop();
        if (!feed) {
          logger.info('Index de recherche : non construit (SEARCH_INDEX=off)');
          return;
        }
        await feed.finish({ outDir: fileURLToPath(dir), log: (m) => logger.info(m) });
      },
    },
  };
}
