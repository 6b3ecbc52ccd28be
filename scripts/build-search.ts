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
const added = { page_count: 0, errors: [] as string[] };
for (const page of pages) {
  const content = splitElisionsInHtml(readFileSync(path.join(outDir, page), 'utf8'));
  const result = await index.addHTMLFile({ sourcePath: page.split(path.sep).join('/'), content });
  added.errors.push(...result.errors);
  if (result.file) added.page_count++;
}
const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
await pagefind.close();

const problems = [...added.errors, ...written.errors];
if (problems.length > 0 || added.page_count === 0) {
  console.error(`Index de recherche : ${problems.join('\n') || 'aucune page indexée'}`);
  process.exit(1);
}
console.log(`Index de recherche : ${added.page_count} pages indexées en ${Date.now() - started} ms → ${path.relative(process.cwd(), written.outputPath) || written.outputPath}`);
