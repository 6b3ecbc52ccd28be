// Builds the Pagefind index of the built site (after `astro build`), into
// <outDir>/pagefind. Only elements marked data-pagefind-body are indexed: the
// main content of record and hub pages, never navigation or lists.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { splitElisionsInHtml } from '../src/lib/search/elision.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`Index de recherche : le site construit est introuvable dans ${outDir} (lancez d’abord « npm run build:astro »).`);
  process.exit(1);
}

const started = Date.now();
const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
const BODY = '<article data-pagefind-body';

/**
 * Only record pages are indexed (their <article data-pagefind-body>): Pagefind is given that
 * article alone in a bare French page, not the header, navigation, related lists and footer
 * it would parse and then ignore. At 10,000 records this halves the indexing time.
 */
function indexedPart(html: string): string | undefined {
  const start = html.indexOf(BODY);
  const end = html.indexOf('</article>', start);
  if (start === -1 || end === -1) return undefined;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title></title></head><body>${html.slice(start, end + '</article>'.length)}</body></html>`;
}

// Each page goes through splitElisionsInHtml, so that « isolement » finds « l’isolement ».
// Pages without an indexed part (lists, hubs, tools) are not searched.
const parts = pages.flatMap((page) => {
  const part = indexedPart(readFileSync(path.join(outDir, page), 'utf8'));
  return part === undefined ? [] : [{ sourcePath: page.split(path.sep).join('/'), content: splitElisionsInHtml(part) }];
});
if (parts.length === 0) {
  console.error('Index de recherche : aucune page indexée');
  process.exit(1);
}

// The build empties the site's folder each time: the index is kept in Astro's cache folder,
// and reused as it is when no indexed text changed (a rebuild without content changes).
const hash = createHash('sha1');
for (const p of parts) hash.update(p.sourcePath).update('\0').update(p.content).update('\0');
const digest = hash.digest('hex');
const cache = path.join(path.resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro'), 'pagefind');
const target = path.join(outDir, 'pagefind');
if (existsSync(path.join(cache, 'source.sha1')) && readFileSync(path.join(cache, 'source.sha1'), 'utf8') === digest) {
  cpSync(path.join(cache, 'index'), target, { recursive: true });
  console.log(`Index de recherche : ${parts.length} pages inchangées, index repris du cache en ${Date.now() - started} ms`);
  process.exit(0);
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
if (!index) throw new Error(`Pagefind : ${errors.join('\n')}`);
const added = { page_count: 0, errors: [] as string[] };
// Pagefind's service indexes several files at once: keep a few dozen requests in flight.
const BATCH = 64;
for (let i = 0; i < parts.length; i += BATCH) {
  const results = await Promise.all(parts.slice(i, i + BATCH).map((part) => index.addHTMLFile(part)));
  for (const result of results) {
    added.errors.push(...result.errors);
    if (result.file) added.page_count++;
  }
}
const written = await index.writeFiles({ outputPath: target });
await pagefind.close();

const problems = [...added.errors, ...written.errors];
if (problems.length > 0 || added.page_count === 0) {
  console.error(`Index de recherche : ${problems.join('\n') || 'aucune page indexée'}`);
  process.exit(1);
}
rmSync(cache, { recursive: true, force: true });
cpSync(target, path.join(cache, 'index'), { recursive: true });
writeFileSync(path.join(cache, 'source.sha1'), digest);
console.log(`Index de recherche : ${added.page_count} pages indexées en ${Date.now() - started} ms → ${path.relative(process.cwd(), written.outputPath) || written.outputPath}`);
