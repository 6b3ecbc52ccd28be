// npm run validate: checks every record of the content folder (CONTENT_DIR or content/).
import { contentDir } from '../src/lib/content-dir.ts';
import { formatProblem, validateContent } from '../src/lib/validation.ts';

const dir = contentDir();
const result = validateContent(dir);
if (result.problems.length) {
  for (const p of result.problems) console.error(formatProblem(p));
  const files = new Set(result.problems.map((p) => p.file)).size;
  console.error(`\n${result.problems.length} problème${result.problems.length > 1 ? 's' : ''} dans ${files} fichier${files > 1 ? 's' : ''}. Corrigez-les puis relancez « npm run validate ».`);
  process.exit(1);
}
console.log(`${result.records.length} fiches valides`);
