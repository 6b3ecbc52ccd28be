// The public text of a batch's pull request: what it adds and changes, record by record,
// inert (inert.ts). Nothing the person said about themselves (contact-text.ts).
import { DESCRIPTORS } from '../../src/schemas/index.ts';
import type { Batch } from './batch.ts';
import { inert, inertTitle } from './inert.ts';
import type { PullRequestText } from './pull-request-text.ts';
import { titleOf } from './pull-request-text.ts';

/** Past this many records, the list in the description stops (the files tab has them all). */
const LISTED = 100;

export function batchPullRequestText(batch: Batch): PullRequestText {
  const label = DESCRIPTORS[batch.collection];
  const added = batch.fiches.filter((f) => !f.edit).length;
  const changed = batch.fiches.length - added;
  const what = [added ? `${added} nouvelle(s) fiche(s)` : '', changed ? `${changed} modification(s)` : ''].filter(Boolean).join(' et ');
  const lines = [
    'Import d’un tableau envoyé depuis la page « Importer un tableau » du site, par le relais des propositions : une fiche par ligne valide du tableau.',
    '',
    `- **Collection** : ${label.des}`,
    `- **Contenu** : ${what}`,
    '- **Qui propose** : ce que la personne a dit d’elle-même n’est pas ici (cette page est publique) ; l’équipe le trouve dans son dépôt de suivi privé.',
    '',
    '### Fiches',
    '',
    ...batch.fiches
      .slice(0, LISTED)
      .map(
        (f) =>
          `- ${f.edit ? 'modification' : 'nouvelle'} : ${inert(titleOf(f.text, f.slug))} (\`content/${batch.collection}/${f.slug}.md\`)`,
      ),
    ...(batch.fiches.length > LISTED ? [`- … et ${batch.fiches.length - LISTED} autres (onglet « Files changed »)`] : []),
    '',
    '### Vérification',
    '',
    'Le relais a vérifié chaque fiche avec les mêmes règles que `npm run validate` : aucun problème trouvé. Les vérifications automatiques du dépôt les contrôlent de nouveau sur cette demande (y compris les fiches citées qui seraient des brouillons).',
    '',
    '### Avant de fusionner',
    '',
    '- Relire les faits avec leurs sources, et l’accord des personnes nommées.',
    '- Corriger ou retirer ce qui doit l’être directement sur cette branche.',
  ];
  return {
    title: inertTitle(`Import d’un tableau (${label.des}) : ${what}`),
    body: lines.join('\n'),
    commitMessage: `Importe ${batch.fiches.length} fiche(s) dans content/${batch.collection}/ (page « Importer un tableau »)`,
  };
}
