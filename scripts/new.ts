// npm run new -- <collection> "<titre>": writes a new record from its template.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { createRecordFile } from './lib/scaffold.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';

const [collection, ...words] = process.argv.slice(2);
const titre = words.join(' ').trim();
const usage = `Utilisation : npm run new -- <collection> "<titre>"\nCollections : ${COLLECTIONS.join(', ')}\nExemple : npm run new -- pratiques "Créer un annuaire des acteurs"`;

if (!collection || !titre) {
  console.error(usage);
  process.exit(1);
}
const dir = contentDir();
const result = createRecordFile({
  collection,
  titre,
  today: new Date(),
  dir,
  read: (file) => readFileSync(file, 'utf8'),
  exists: existsSync,
  write: (file, text) => writeFileSync(file, text, { flag: 'wx' }),
});
if (!result.ok) {
  console.error(`${result.message}\n\n${usage}`);
  process.exit(1);
}
const shown = path.relative(process.cwd(), result.file) || result.file;
console.log(`Fiche créée : ${shown}

À faire maintenant :
  1. Ouvrez le fichier et remplacez chaque « À REMPLIR » (titre, résumé, texte).
  2. Vérifiez les thèmes, les départements et les identifiants des fiches liées.
  3. Lancez « npm run validate » : il indique chaque ligne à corriger.
  4. Regardez la page avec « npm run dev ».`);
