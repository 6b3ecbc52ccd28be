import { afterAll, describe, expect, test } from 'vitest';
import { cleanContent, edit, makeContent, VALID } from '../../../../tests/helpers/content.ts';
import { formatProblem, validateContent } from '../validation.ts';

afterAll(cleanContent);
const problems = (changes: Record<string, string | null>) => {
  const dir = makeContent(changes);
  return validateContent(dir, { cwd: dir }).problems.map(formatProblem);
};

describe('referenceProblems', () => {
  test('a published record never points at a draft; a draft may', () => {
    const draft = VALID['cooperations/coop-test.md']!.replace('statut: lancee', 'statut: lancee\nbrouillon: true');
    expect(problems({ 'cooperations/coop-test.md': draft })).toEqual([
      'pratiques/pratique-test.md:5: cooperations[0] — « coop-test » est un brouillon, absent du site publié : publiez d’abord cette fiche (retirez « brouillon: true »), ou retirez-la d’ici',
      'temoignages/temoignage-test.md:9: cooperation — « coop-test » est un brouillon, absent du site publié : publiez d’abord cette fiche (retirez « brouillon: true »), ou retirez-la d’ici',
    ]);
    const both = { 'cooperations/coop-test.md': draft, ...edit('pratiques/pratique-test.md', 'etape: structurer', 'etape: structurer\nbrouillon: true') };
    expect(problems(both).filter((l) => l.startsWith('pratiques/'))).toEqual([]);
  });

  test('an unknown id is reported with the closest one', () => {
    expect(problems(edit('pratiques/pratique-test.md', 'acteurs: [asso-test]', 'acteurs: [asso-tset]'))).toEqual([
      'pratiques/pratique-test.md:6: acteurs[0] — « asso-tset » ne correspond à aucune fiche acteurs (fichier content/acteurs/asso-tset.md introuvable) ; vouliez-vous dire « asso-test » ?',
    ]);
  });
});
