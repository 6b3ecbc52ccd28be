// Builds the Pagefind index of the built site (after `astro build`), into
// <outDir>/pagefind. Only elements marked data-pagefind-body are indexed: the
// main content of record and hub pages, never navigation or lists.
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`Index de recherche : le site construit est introuvable dans ${outDir} (lancez d’abord « npm run build:astro »).`);
  process.exit(1);
}

const started = Date.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
if (!index) throw new Error(`Pagefind : ${errors.join('\n')}`);
const added = await index.addDirectory({ path: outDir });
const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
await pagefind.close();

const problems = [...added.errors, ...written.errors];
if (problems.length > 0 || added.page_count === 0) {
  console.error(`Index de recherche : ${problems.join('\n') || 'aucune page indexée'}`);
  process.exit(1);
}
console.log(`Index de recherche : ${added.page_count} pages indexées en ${Date.now() - started} ms → ${path.relative(process.cwd(), written.outputPath) || written.outputPath}`);
