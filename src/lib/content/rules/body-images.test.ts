import { describe, expect, test } from 'vitest';
import { edit } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

describe('bodyImages', () => {
  test('accepts the site’s own images and refuses any other host, even through a reference', () => {
    expect(check(edit('pratiques/pratique-test.md', 'Comment faire.', '![schéma](/images/schema.png)'))).toEqual([]);
    expect(check(edit('pratiques/pratique-test.md', 'Comment faire.', 'Voir :\n\n![x][r]\n\n[r]: https://traceur.exemple/p.gif'))).toEqual([
      'pratiques/pratique-test.md:13: l’image « https://traceur.exemple/p.gif » n’est pas un fichier du site : le site n’affiche que ses propres images (une image d’un autre site saurait qui lit la page) ; proposez le fichier de l’image avec la fiche, ou remplacez l’image par un lien [texte](adresse)',
    ]);
  });
});
