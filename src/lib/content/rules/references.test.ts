import { afterAll, describe, expect, test } from 'vitest';
import { cleanContent, edit, makeContent, VALID } from '../../../../tests/helpers/content.ts';
import { formatProblem, validateContent } from '../validation.ts';
import { referencedRecords } from './references.ts';

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

describe('referenceProblems, inside lists and in invalid headers', () => {
  test('checks an id inside a list of people, at its own line and field', () => {
    expect(problems(edit('temoignages/temoignage-test.md', 'structure: asso-test', 'structure: asso-tset'))).toEqual([
      'temoignages/temoignage-test.md:8: personnes[0].structure — « asso-tset » ne correspond à aucune fiche acteurs (fichier content/acteurs/asso-tset.md introuvable) ; vouliez-vous dire « asso-test » ?',
    ]);
  });

  test('suggests only records of the collection the field points at', () => {
    expect(problems(edit('pratiques/pratique-test.md', 'acteurs: [asso-test]', 'acteurs: [coop-test]'))).toEqual([
      'pratiques/pratique-test.md:6: acteurs[0] — « coop-test » ne correspond à aucune fiche acteurs (fichier content/acteurs/coop-test.md introuvable)',
    ]);
  });

  test('follows nothing in an empty list item or a text where people were expected: only the schema speaks', () => {
    const people = (personnes: string) => problems({ 'temoignages/temoignage-test.md': VALID['temoignages/temoignage-test.md']!.replace(/personnes:\n( {2}.*\n)+/, personnes) });
    expect(people('personnes:\n  -\n')).toEqual(['temoignages/temoignage-test.md:6: personnes[0] — un bloc de champs est attendu, pas une valeur vide']);
    expect(people('personnes: Personne Imaginaire\n')).toEqual([expect.stringMatching(/^temoignages\/temoignage-test\.md:5: personnes — /)]);
  });
});

describe('referencedRecords', () => {
  test('lists each record a header points at once, as collection/id, single values and lists alike', () => {
    expect(referencedRecords('temoignages', { cooperation: 'coop-test', personnes: [{ structure: 'asso-test' }, { nom: 'Sans structure' }, { structure: 'asso-test' }] })).toEqual([
      'acteurs/asso-test',
      'cooperations/coop-test',
    ]);
    expect(referencedRecords('pratiques', { cooperations: ['coop-a', 3], acteurs: 'asso-a' })).toEqual(['cooperations/coop-a', 'acteurs/asso-a']);
    expect(referencedRecords('acteurs', { titre: 'Rien à suivre' })).toEqual([]);
  });
});
