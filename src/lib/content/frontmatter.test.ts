import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

const HEADER = ['---', 'titre: Une fiche', 'resume: Un résumé', 'lieu:', '  commune: Saint-Brieuc', 'themes:', '  - gouvernance', '# un commentaire'];

describe('splitFrontmatter', () => {
  test('splits the header from the body, keeping line numbers', () => {
    const split = splitFrontmatter(['\uFEFF---', 'titre: X', '', 'resume: Y', '---', '', 'Texte.'].join('\r\n'));
    expect(split).toEqual({ ok: true, value: { yaml: 'titre: X\n\nresume: Y', yamlLine: 2, body: '\nTexte.', bodyLine: 6 } });
  });

  test('asks for the opening line', () => {
    expect(splitFrontmatter('titre: X\n---\n')).toMatchObject({ ok: false, line: 1, message: expect.stringContaining('la fiche doit commencer par une ligne « --- »') });
  });

  test('an unclosed header is reported where the text of the record starts, even with a --- further down', () => {
    const body = ['', 'Le texte : avec deux-points.', '', '## Un titre', '', '---', '', 'Suite.'];
    const split = splitFrontmatter([...HEADER, ...body].join('\n'));
    expect(split).toEqual({ ok: false, line: 10, message: 'l’en-tête n’est pas fermé : ajoutez une ligne « --- » après le dernier champ (ligne 8), avant le texte de la fiche' });
  });

  test('an unclosed header with no text after it is reported after its last field', () => {
    expect(splitFrontmatter([...HEADER, '', ''].join('\n'))).toEqual({ ok: false, line: 9, message: 'l’en-tête n’est pas fermé : ajoutez une ligne « --- » après le dernier champ' });
    expect(splitFrontmatter([...HEADER, '', 'Texte.'].join('\n'))).toMatchObject({ ok: false, line: 10 });
  });

  test('empty lines between fields, list items and comments are still header', () => {
    const text = [...HEADER, '', 'departements: ["22"]', '', '- item', '', '# commentaire', '---', '', 'Texte.'].join('\n');
    expect(splitFrontmatter(text)).toMatchObject({ ok: true, value: { bodyLine: 16 } });
  });
});
