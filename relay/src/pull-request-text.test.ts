import { describe, expect, test } from 'vitest';
import { VALID } from '../../tests/helpers/content.ts';
import { changedFields, pullRequestText, titleOf } from './pull-request-text.ts';
import type { Proposal } from './proposal.ts';

const text = VALID['acteurs/asso-test.md']!.replace('titre: Association de test', 'titre: "Les voisins @equipe #4"');
const proposal: Proposal = { collection: 'acteurs', slug: 'voisins', text, edit: false, altcha: '', proposer: { name: 'Camille', contact: 'c@exemple.fr', consent: true }, note: 'Message' };

describe('pullRequestText', () => {
  test('public text: the record’s title made inert, nothing the person said about themselves', () => {
    const t = pullRequestText(proposal, 'content/acteurs/voisins.md', undefined);
    expect(t.title).toBe('Nouvelle fiche (acteur) : Les voisins @\u200bequipe #\u200b4');
    expect(t.body).toContain('- **Fiche** : Les voisins \\@\u200bequipe \\#\u200b4 (`content/acteurs/voisins.md`)');
    expect(t.body).toContain('- **Nature** : nouvelle fiche : un acteur');
    for (const said of ['Camille', 'c@exemple.fr', 'Message']) expect(`${t.title}${t.body}${t.commitMessage}`).not.toContain(said);
    expect(t.commitMessage).toBe('Ajoute content/acteurs/voisins.md (proposition du formulaire)');
  });

  test('an edit names the fields that change', () => {
    const before = VALID['acteurs/asso-test.md']!;
    const t = pullRequestText({ ...proposal, edit: true }, 'content/acteurs/asso-test.md', before);
    expect(t.title).toMatch(/^Modification : /);
    expect(t.body).toContain('- **Ce qui change** : `titre`');
    expect(t.commitMessage).toBe('Modifie content/acteurs/asso-test.md (proposition du formulaire)');
    expect(pullRequestText({ ...proposal, text: before }, 'p', before).body).toContain('mise en forme seulement');
  });

  test('titleOf and changedFields', () => {
    expect(titleOf('pas de fiche', 'repli')).toBe('repli');
    expect(changedFields(VALID['acteurs/asso-test.md']!, text)).toEqual(['titre']);
  });
});
