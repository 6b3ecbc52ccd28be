import { describe, expect, test } from 'vitest';
import { VALID } from '../../tests/helpers/content.ts';
import { changedFields, pullRequestText, titleOf } from './pull-request-text.ts';
import type { Proposal } from './proposal.ts';

const text = VALID['acteurs/asso-test.md']!.replace('titre: Association de test', 'titre: "Les voisins @equipe #4"');
const proposal: Proposal = {
  collection: 'acteurs',
  slug: 'voisins',
  text,
  edit: false,
  altcha: '',
  proposer: { name: 'Camille', contact: 'c@exemple.fr', consent: true },
  note: 'Message',
};

describe('pullRequestText', () => {
  test('public text: the record’s title made inert, nothing the person said about themselves', () => {
    const t = pullRequestText(proposal, 'content/acteurs/voisins.md', undefined);
    expect(t.title).toBe('Nouvelle fiche (acteur) : Les voisins @\u200bequipe #\u200b4');
    expect(t.body).toContain('- **Fiche** : Les voisins \\@\u200bequipe \\#\u200b4 (`content/acteurs/voisins.md`)');
    expect(t.body).toContain('- **Nature** : nouvelle fiche : un acteur');
    for (const said of ['Camille', 'c@exemple.fr', 'Message']) expect(`${t.title}${t.body}${t.commitMessage}`).not.toContain(said);
    expect(t.commitMessage).toBe('Ajoute content/acteurs/voisins.md (proposition du formulaire)');
    expect(t.body.split('\n')).toEqual([
      'Proposition envoyée depuis le formulaire du site, par le relais des propositions.',
      '',
      '- **Fiche** : Les voisins \\@\u200bequipe \\#\u200b4 (`content/acteurs/voisins.md`)',
      '- **Nature** : nouvelle fiche : un acteur',
      '- **Qui propose** : ce que la personne a dit d’elle-même n’est pas ici (cette page est publique) ; l’équipe le trouve dans son dépôt de suivi privé.',
      '',
      '### Vérification',
      '',
      'Le relais a vérifié la fiche avec les mêmes règles que `npm run validate` (mêmes schémas, mêmes références aux autres fiches) : aucun problème trouvé. Les vérifications automatiques du dépôt la contrôlent de nouveau sur cette demande.',
      '',
      '### Avant de fusionner',
      '',
      '- Relire les faits avec leurs sources, et l’accord des personnes nommées.',
      '- Corriger ce qui doit l’être directement sur cette branche.',
    ]);
  });

  test('an edit names the fields that change', () => {
    const before = VALID['acteurs/asso-test.md']!;
    const t = pullRequestText({ ...proposal, edit: true }, 'content/acteurs/asso-test.md', before);
    expect(t.title).toMatch(/^Modification : /);
    expect(t.body).toContain('- **Ce qui change** : `titre`');
    expect(t.body).toContain('- **Nature** : modification d’une fiche publiée');
    const two = text.replace('publie_le:', 'brouillon: true\npublie_le:');
    expect(pullRequestText({ ...proposal, text: two }, 'p', before).body).toContain('- **Ce qui change** : `titre`, `brouillon`');
    expect(t.commitMessage).toBe('Modifie content/acteurs/asso-test.md (proposition du formulaire)');
    expect(pullRequestText({ ...proposal, text: before }, 'p', before).body).toContain('mise en forme seulement');
  });

  test('titleOf and changedFields', () => {
    expect(titleOf('pas de fiche', 'repli')).toBe('repli');
    expect(titleOf('---\ntitre: "  "\n---\n', 'repli')).toBe('repli');
    expect(titleOf(`---\ntitre: "  A  \\n  B ${'c'.repeat(200)}"\n---\n`, 'repli')).toBe(`A B ${'c'.repeat(116)}`);
    expect(changedFields('---\na: 1\n---\n texte ', '---\na: 1\n---\ntexte')).toEqual([]);
    expect(changedFields('pas de fiche', '---\na: 1\n---\n')).toEqual(['a', '(texte)']);
    expect(changedFields(VALID['acteurs/asso-test.md']!, text)).toEqual(['titre']);
  });
});
