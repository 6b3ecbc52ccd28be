// Builds the Pagefind index of the built site (after `astro build`), into
// <outDir>/pagefind. Only elements marked data-pagefind-body are indexed: the
// main content of record and hub pages, never navigation or lists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { splitElisionsInHtml } from '../src/lib/elision.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`Index de recherche : le site construit est introuvable dans ${outDir} (lancez d’abord « npm run build:astro »).`);
  process.exit(1);
}

const started = Date.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
if (!index) throw new Error(`Pagefind : ${errors.join('\n')}`);
// Each page goes through splitElisionsInHtml, so that « isolement » finds « l’isolement ».
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
const added = { page_count: 0, errors: [] as string[] };
// Pagefind's service indexes several files at once: keep a few dozen requests in flight.
const BATCH = 64;
for (let i = 0; i < pages.length; i += BATCH) {
  const results = await Promise.all(
    pages.slice(i, i + BATCH).map((page) => {
      const part = indexedPart(readFileSync(path.join(outDir, page), 'utf8'));
      // Pages without an indexed part (lists, hubs, tools) are not searched.
      return part === undefined ? undefined : index.addHTMLFile({ sourcePath: page.split(path.sep).join('/'), content: splitElisionsInHtml(part) });
    }),
  );
  for (const result of results) {
    if (!result) continue;
    added.errors.push(...result.errors);
    if (result.file) added.page_count++;
  }
}
const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
await pagefind.close();

const problems = [...added.errors, ...written.errors];
if (problems.length > 0 || added.page_count === 0) {
  console.error(`Index de recherche : ${problems.join('\n') || 'aucune page indexée'}`);
  process.exit(1);
}
console.log(`Index de recherche : ${added.page_count} pages indexées en ${Date.now() - started} ms → ${path.relative(process.cwd(), written.outputPath) || written.outputPath}`);
