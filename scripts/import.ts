// npm run import -- <fichier.xlsx|.ods|.csv> --collection <collection> [--sheet <feuille>] [--dry-run] [--overwrite]
// Imports a spreadsheet into content/ with the same code as the page « Importer un tableau »
// (src/lib/import/): each row checked by the site's own rules, duplicates of existing
// records reported (proposed as edits only with --overwrite). Exits 0 when every row is
// written or already identical to its record, 1 when a row has a problem or is left out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/index.ts';
import { isoDate } from '../src/lib/time/paris-time.ts';
import { runImport } from './lib/import-run.ts';
import { reportLines } from './lib/import-report.ts';

const usage = `Utilisation : npm run import -- <fichier.xlsx|.ods|.csv> --collection <collection> [--sheet <feuille>] [--dry-run] [--overwrite]\nCollections : ${COLLECTIONS.join(', ')}`;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    collection: { type: 'string' },
    sheet: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    overwrite: { type: 'boolean', default: false },
  },
});
const file = positionals[0];
const collection = values.collection as CollectionName | undefined;
if (!file || !collection || !COLLECTIONS.includes(collection)) {
  console.error(usage);
  process.exit(2);
}
const dir = contentDir();
const result = runImport({
  bytes: new Uint8Array(readFileSync(file)),
  fileName: path.basename(file),
  collection,
  dir,
  ...(values.sheet ? { sheet: values.sheet } : {}),
  overwrite: values.overwrite,
  today: isoDate(new Date()),
});
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
const dryRun = values['dry-run'];
for (const row of result.rows) {
  if (dryRun || !row.text) continue;
  const target = path.join(dir, collection, `${row.slug}.md`);
  mkdirSync(path.dirname(target), { recursive: true });
  // A new record never replaces a file (wx); an edit replaces its record, as --overwrite asked.
  writeFileSync(target, row.text, { flag: row.action === 'new' ? 'wx' : 'w' });
}
console.log(reportLines(result, { dryRun, overwrite: values.overwrite }).join('\n'));
process.exit(result.rows.every((r) => r.action === 'new' || r.action === 'edit' || r.action === 'unchanged') ? 0 : 1);
