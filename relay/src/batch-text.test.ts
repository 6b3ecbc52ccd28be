import { describe, expect, test } from 'vitest';
import { VALID } from '../../tests/helpers/content.ts';
import { batchSchema } from './batch.ts';
import { batchPullRequestText } from './batch-text.ts';

const acteur = (titre: string) => VALID['acteurs/asso-test.md']!.replace('titre: Association de test', `titre: ${titre}`);
const batch = (fiches: Array<{ slug: string; text: string; edit?: boolean }>) =>
  batchSchema.parse({ collection: 'acteurs', fiches, altcha: 'x', proposer: { name: 'Personne fictive' } });

describe('batchPullRequestText', () => {
  test('the public text the team reviews: what is added and changed, record by record, nothing about the person', () => {
    const text = batchPullRequestText(
      batch([
        { slug: 'maison-une', text: acteur('Maison @une') },
        { slug: 'asso-test', text: acteur('Association renommée'), edit: true },
      ]),
    );
    expect(text.title).toBe('Import d’un tableau (acteurs) : 1 nouvelle(s) fiche(s) et 1 modification(s)');
    expect(text.commitMessage).toBe('Importe 2 fiche(s) dans content/acteurs/ (page « Importer un tableau »)');
    expect(text.body.split('\n')).toEqual([
      'Import d’un tableau envoyé depuis la page « Importer un tableau » du site, par le relais des propositions : une fiche par ligne valide du tableau.',
      '',
      '- **Collection** : acteurs',
      '- **Contenu** : 1 nouvelle(s) fiche(s) et 1 modification(s)',
      '- **Qui propose** : ce que la personne a dit d’elle-même n’est pas ici (cette page est publique) ; l’équipe le trouve dans son dépôt de suivi privé.',
      '',
      '### Fiches',
      '',
      expect.stringMatching(/^- nouvelle : Maison .+une \(`content\/acteurs\/maison-une\.md`\)$/),
      '- modification : Association renommée (`content/acteurs/asso-test.md`)',
      '',
      '### Vérification',
      '',
      'Le relais a vérifié chaque fiche avec les mêmes règles que `npm run validate` : aucun problème trouvé. Les vérifications automatiques du dépôt les contrôlent de nouveau sur cette demande (y compris les fiches citées qui seraient des brouillons).',
      '',
      '### Avant de fusionner',
      '',
      '- Relire les faits avec leurs sources, et l’accord des personnes nommées.',
      '- Corriger ou retirer ce qui doit l’être directement sur cette branche.',
    ]);
    // The mention is made inert, and the person is not named.
    expect(text.body).not.toContain('@une');
    expect(text.body).not.toContain('Personne fictive');
  });

  test('only new records, or only changes: the content says just that', () => {
    expect(batchPullRequestText(batch([{ slug: 'maison-une', text: acteur('Maison une') }])).title).toBe(
      'Import d’un tableau (acteurs) : 1 nouvelle(s) fiche(s)',
    );
    expect(batchPullRequestText(batch([{ slug: 'asso-test', text: acteur('Renommée'), edit: true }])).title).toBe(
      'Import d’un tableau (acteurs) : 1 modification(s)',
    );
  });

  test('the list stops after 100 records and says how many more the files tab holds', () => {
    const records = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `maison-${i + 1}`, text: acteur(`Maison ${i + 1}`) }));
    const listed = (n: number) =>
      batchPullRequestText(batch(records(n)))
        .body.split('\n')
        .filter((l) => l.startsWith('- nouvelle : ') || l.startsWith('- … et'));
    expect(listed(100)).toHaveLength(100);
    expect(listed(100).at(-1)).toContain('maison-100.md');
    const over = listed(103);
    expect(over).toHaveLength(101);
    expect(over.at(-2)).toContain('maison-100.md');
    expect(over.at(-1)).toBe('- … et 3 autres (onglet « Files changed »)');
  });
});
