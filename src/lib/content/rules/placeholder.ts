// The templates of `npm run new` mark with « À REMPLIR » what the contributor must write.
import type { Problem } from '../problem.ts';

export const PLACEHOLDER = 'À REMPLIR';

export function placeholderProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.includes(PLACEHOLDER)) problems.push({ file, line: i + 1, message: `remplacez le texte « ${PLACEHOLDER} » par le vrai contenu` });
  });
  return problems;
}
