import { afterAll, describe, expect, test } from 'vitest';
import { cleanContent, edit, makeContent, VALID } from '../../../tests/helpers/content.ts';
import { formatProblem, validateContent } from './validation.ts';
import { commune } from '../territories/communes.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { checkSingleRecord, type KnownContent } from './record-check.ts';

afterAll(cleanContent);

/** The ids of the small valid corpus, as the relay reads them from the repository. */
function knownContent(): KnownContent {
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as string[]])) as Record<CollectionName, string[]>;
  for (const name of Object.keys(VALID)) {
    const [collection, file] = name.split('/');
    if (file) ids[collection as CollectionName].push(file.replace(/\.mdx?$/, ''));
  }
  return { themes: ['isolement-social', 'gouvernance'], ids };
}

/** What `validateContent` says about one file of the corpus after the change. */
function validatorSays(name: string, text: string): string[] {
  const dir = makeContent({ [name]: text });
  return validateContent(dir, { cwd: dir }).problems.filter((p) => p.file === name).map(formatProblem);
}

function singleSays(name: string, text: string): string[] {
  const [collection, file] = name.split('/') as [CollectionName, string];
  const known = knownContent();
  // The proposal is not yet in the repository: its own id must not be known beforehand.
  known.ids[collection] = known.ids[collection].filter((id) => `${id}.md` !== file);
  return checkSingleRecord({ collection, name: file, text, known, commune }).map((p) => formatProblem({ ...p, file: p.file.replace(/^content\//, '') }));
}

describe('checkSingleRecord', () => {
  test('accepts every record of the valid corpus', () => {
    for (const [name, text] of Object.entries(VALID)) if (name.includes('/')) expect(singleSays(name, text), name).toEqual([]);
  });

  const broken: Array<[string, Record<string, string>]> = [
    ['an unknown theme', edit('pratiques/pratique-test.md', 'themes: [gouvernance]', 'themes:\n  - gouvernance\n  - cuisine')],
    ['a misspelt key', edit('acteurs/asso-test.md', 'type: association_locale', 'type: association_locale\nsit: https://exemple.fr')],
    ['a missing title', edit('acteurs/asso-test.md', 'titre: Association de test\n', '')],
    ['a reference to a missing record', edit('cooperations/coop-test.md', 'porteurs: [asso-test]', 'porteurs: [asso-tset]')],
    ['a commune outside the départements', edit('acteurs/asso-test.md', 'departements: ["22"]', 'departements: ["22"]\nlieu:\n  commune: Paris\n  code_insee: "75056"')],
    ['the placeholder of the templates', edit('acteurs/asso-test.md', 'Texte de l’acteur.', 'À REMPLIR')],
    ['a YAML syntax error', edit('acteurs/asso-test.md', 'titre: Association de test', 'titre: Association : de test')],
  ];
  test.each(broken)('says exactly what the validator says about %s', (_, change) => {
    const [name, text] = Object.entries(change)[0] as [string, string];
    const expected = validatorSays(name, text);
    expect(expected.length).toBeGreaterThan(0);
    expect(singleSays(name, text)).toEqual(expected);
  });
});
