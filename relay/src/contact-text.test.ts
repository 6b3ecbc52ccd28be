import { describe, expect, test } from 'vitest';
import { contactIssueText } from './contact-text.ts';
import type { Proposal } from './proposal.ts';

const base: Proposal = { collection: 'acteurs', slug: 'a', text: 'x', edit: false, altcha: '' };
const pr = { url: 'https://github.com/o/r/pull/7', number: 7, title: 'Nouvelle fiche (acteur) : A' };

describe('contactIssueText', () => {
  test('nothing said about oneself: no issue', () => {
    expect(contactIssueText(base, pr)).toBeUndefined();
    expect(contactIssueText({ ...base, proposer: { name: '  ', contact: 'c@exemple.fr', consent: false }, note: ' ' }, pr)).toBeUndefined();
  });

  test('name, contact (with consent) and message, inert, with the pull request it follows', () => {
    const issue = contactIssueText(
      { ...base, proposer: { name: 'Camille @equipe', contact: 'camille@exemple.fr', consent: true }, note: 'Voir #3' },
      pr,
    )!;
    expect(issue.title).toBe('Suivi de la proposition n° 7 : Nouvelle fiche (acteur) : A');
    expect(issue.body.split('\n')).toEqual([
      'Suivi de la demande de publication n° 7 : https://github.com/o/r/pull/7',
      '',
      '- **Nom** : Camille \\@\u200bequipe',
      '- **Contact pour le suivi** : ` camille@exemple.fr ` (donné avec l’accord de la personne, pour la recontacter à propos de cet envoi seulement)',
      '',
      '**Message de la personne** :',
      '',
      '> Voir \\#\u200b3',
      '',
      'Ces informations ne doivent être recopiées ni dans la demande de publication (publique), ni dans la fiche. Fermez ce ticket une fois le suivi fait.',
    ]);
  });

  test('without consent the contact is left out; a backtick cannot end its code span', () => {
    expect(contactIssueText({ ...base, proposer: { name: 'Dominique', contact: 'd@exemple.fr', consent: false } }, pr)!.body).toContain(
      '- **Contact pour le suivi** : non donné',
    );
    expect(contactIssueText({ ...base, proposer: { contact: 'a`b\nc', consent: true } }, pr)!.body).toContain('` a b c `');
  });
});
