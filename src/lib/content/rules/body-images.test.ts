import { describe, expect, test } from 'vitest';
import { edit } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

const body = (text: string) => check(edit('pratiques/pratique-test.md', 'Comment faire.', text));
const refused = (line: number, url: string) =>
  `pratiques/pratique-test.md:${line}: l’image « ${url} » n’est pas un fichier du site : le site n’affiche que ses propres images (une image d’un autre site saurait qui lit la page) ; proposez le fichier de l’image avec la fiche, ou remplacez l’image par un lien [texte](adresse)`;

describe('bodyImages', () => {
  test('accepts the site’s own images and refuses any other host, even through a reference', () => {
    expect(body('![schéma](/images/schema.png)')).toEqual([]);
    expect(body('Voir :\n\n![x][r]\n\n[r]: https://traceur.exemple/p.gif')).toEqual([refused(13, 'https://traceur.exemple/p.gif')]);
  });

  test('reports every image of another site at its own line, wherever its address is defined', () => {
    expect(body('[r]: https://traceur.exemple/p.gif\n\nTexte.\n\n![x][r]\n\n![y](https://autre.exemple/y.png)\n\n![schéma](/images/schema.png)')).toEqual([
      refused(15, 'https://traceur.exemple/p.gif'),
      refused(17, 'https://autre.exemple/y.png'),
    ]);
  });

  test('leaves links alone, even to another site through a reference, and an image reference with no address', () => {
    expect(body('Voir [le site][r] et [la page](https://exemple.fr/page) !\n\n[r]: https://exemple.fr')).toEqual([]);
    expect(body('Une image ![sans adresse][inconnue] reste du texte.')).toEqual([]);
  });

  test('shortens a very long address in the message', () => {
    const long = `https://traceur.exemple/${'a'.repeat(100)}.gif`;
    expect(body(`![x](${long})`)).toEqual([refused(11, long.slice(0, 80))]);
  });
});
