// npm run validate: checks every record of the content folder (CONTENT_DIR or content/).
// `npm run validate -- --format=github` prints GitHub Actions annotations instead.
import { githubAnnotation } from './lib/annotations.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { formatProblem, validateContent } from '../src/lib/content/validation.ts';

const format = process.argv.find((a) => a.startsWith('--format='))?.slice('--format='.length) ?? 'text';
if (format !== 'text' && format !== 'github') {
  console.error(`format inconnu « ${format} » : utilisez --format=text ou --format=github`);
  process.exit(2);
}

const dir = contentDir();
let result: ReturnType<typeof validateContent>;
try {
  result = validateContent(dir);
} catch (error) {
  // Content problems are reported per file; this is a fault of the checker itself.
  console.error(
    `Le vérificateur a rencontré une erreur interne (${error instanceof Error ? error.message : String(error)}). Signalez-la aux mainteneurs.`,
  );
  process.exit(2);
}
if (result.problems.length) {
  // Annotations go to stdout, where the Actions runner reads workflow commands.
  for (const p of result.problems) {
    if (format === 'github') console.log(githubAnnotation(p));
    else console.error(formatProblem(p));
  }
  const files = new Set(result.problems.map((p) => p.file)).size;
  console.error(
    `\n${result.problems.length} problème${result.problems.length > 1 ? 's' : ''} dans ${files} fichier${files > 1 ? 's' : ''}. Corrigez-les puis relancez « npm run validate ».`,
  );
  process.exit(1);
}
console.log(`${result.records.length} fiches valides`);
