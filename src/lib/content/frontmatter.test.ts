import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

const HEADER = ['---', 'titre: Une fiche', 'resume: Un résumé', 'lieu:', '  commune: Saint-Brieuc', 'themes:', '  - gouvernance', '# un commentaire'];

describe('splitFrontmatter', () => {
  test('splits the header from the body, keeping line numbers', () => {
    const split = splitFrontmatter(['\uFEFF---', 'titre: X', '', 'resume: Y', '---', '', 'Texte.'].join('\r\n'));
    expect(split).toEqual({ ok: true, value: { yaml: 'titre: X\n\nresume: Y', yamlLine: 2, body: '\nTexte.', bodyLine: 6 } });
  });

  test('reads opening and closing lines with spaces around them', () => {
    expect(splitFrontmatter('--- \ntitre: X\n ---  \nTexte.')).toEqual({ ok: true, value: { yaml: 'titre: X', yamlLine: 2, body: 'Texte.', bodyLine: 4 } });
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
    expect(splitFrontmatter([...HEADER, '', '', '', 'Texte.'].join('\n'))).toEqual({
      ok: false,
      line: 12,
      message: 'l’en-tête n’est pas fermé : ajoutez une ligne « --- » après le dernier champ (ligne 8), avant le texte de la fiche',
    });
  });

  test('a line of spaces separates the header from the text as an empty line does', () => {
    expect(splitFrontmatter([...HEADER, '   ', 'Texte.'].join('\n'))).toMatchObject({ ok: false, line: 10, message: expect.stringContaining('(ligne 8)') });
    expect(splitFrontmatter([...HEADER, '  ', ''].join('\n'))).toMatchObject({ ok: false, line: 9 });
  });

  test('text needs an empty line before it, and a sentence in lower case is not a field', () => {
    // Glued to the last field, it is the header's own mistake, which the YAML reader reports.
    expect(splitFrontmatter([...HEADER, 'Texte collé.', '---', 'Suite.'].join('\n'))).toMatchObject({ ok: true });
    expect(splitFrontmatter([...HEADER, '', 'une phrase : suite.', '---'].join('\n'))).toMatchObject({ ok: false, line: 10 });
    expect(splitFrontmatter([...HEADER, '', 'une_phrase suite : fin', '---'].join('\n'))).toMatchObject({ ok: false, line: 10 });
  });

  test('a field after an empty line is header even when its value is wrong', () => {
    expect(splitFrontmatter([...HEADER, '', 'contact: "non fermé', '---', 'Texte.'].join('\n'))).toMatchObject({ ok: true, value: { yaml: expect.stringContaining('contact: "non fermé') } });
  });

  test('empty lines between fields, list items and comments are still header', () => {
    const text = [...HEADER, '', 'departements: ["22"]', '', '- item', '', '# commentaire', '---', '', 'Texte.'].join('\n');
    expect(splitFrontmatter(text)).toMatchObject({ ok: true, value: { bodyLine: 16 } });
  });
});
