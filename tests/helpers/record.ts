// Checks one record of the shared valid corpus, changed, with the validator's
// one-record entry point: `check(edit('acteurs/asso-test.md', from, to))`.
import { formatProblem } from '../../src/lib/content/problem.ts';
import { validateRecordText } from '../../src/lib/content/record.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

const THEMES = ['isolement-social', 'gouvernance'];

/** The formatted problems of the one file in `change` (`{ 'collection/name.md': text }`). */
export function checkRecordText(change: Record<string, string>): string[] {
  const [name, text] = Object.entries(change)[0] ?? ['', ''];
  const [collection, file] = name.split('/') as [CollectionName, string];
  return validateRecordText(collection, file, text, THEMES).map(formatProblem);
}
