import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { frontmatter, githubNewFileUrl, MAX_URL_LENGTH, recordFile } from './record-file.ts';

describe('frontmatter', () => {
  test('writes what a person would: bare dates, quoted codes, flow lists, nested blocks', () => {
    const yaml = frontmatter({
      titre: 'Coopération de Saint-Brieuc',
      themes: ['isolement-social', 'gouvernance'],
      departements: ['22', '2A'],
      publie_le: '2026-01-10',
      debut: '2027-03-04T09:30:00+01:00',
      places: 15,
      en_ligne: true,
      vide: [],
      lieu: { commune: 'Pélussin', code_insee: '42168', nom: undefined },
      personnes: [{ nom: 'Personne Imaginaire', role: 'animatrice' }],
    });
    expect(yaml).toBe(
      [
        'titre: Coopération de Saint-Brieuc',
        'themes: [isolement-social, gouvernance]',
        'departements: ["22", "2A"]',
        'publie_le: 2026-01-10',
        'debut: 2027-03-04T09:30:00+01:00',
        'places: 15',
        'en_ligne: true',
        'lieu:',
        '  commune: Pélussin',
        '  code_insee: "42168"',
        'personnes:',
        '  - nom: Personne Imaginaire',
        '    role: animatrice',
      ].join('\n'),
    );
  });

  test.each([
    'true',
    'non',
    '12',
    '1e3',
    'a: b',
    'x #y',
    '- liste',
    '"guillemets"',
    '[crochets]',
    'deux\nlignes',
    ' espace',
    '2026-01-10 et après',
    '@arobase',
    '*étoile',
  ])('reads back « %s » as the same text', (text) => {
    expect(parse(frontmatter({ champ: text }))).toEqual({ champ: text });
    expect(parse(frontmatter({ liste: [text] }))).toEqual({ liste: [text] });
  });
});

describe('recordFile', () => {
  test('puts the front matter between --- lines and the text after a blank line', () => {
    expect(recordFile({ titre: 'Titre' }, 'Texte\r\n\r\nsuite\n\n')).toBe('---\ntitre: Titre\n---\n\nTexte\n\nsuite\n');
  });
});

describe('githubNewFileUrl', () => {
  test('opens the new-file page of the branch with the file name and its content', () => {
    const link = githubNewFileUrl('https://github.com/org/depot/', 'main', 'content/acteurs/a-b.md', '---\ntitre: « Été » & co\n---\n');
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://github.com/org/depot/new/main');
    expect(url.searchParams.get('filename')).toBe('content/acteurs/a-b.md');
    expect(url.searchParams.get('value')).toBe('---\ntitre: « Été » & co\n---\n');
    expect(link.url).not.toMatch(/[\s«»]/);
  });

  test('gives up past the length limit and says how long the address would be', () => {
    const long = 'x'.repeat(MAX_URL_LENGTH);
    const link = githubNewFileUrl('https://github.com/org/depot', 'main', 'content/acteurs/a.md', long);
    expect(link).toEqual({ ok: false, length: expect.any(Number) });
    expect(link.ok === false && link.length > MAX_URL_LENGTH).toBe(true);
    // Accents take 6 characters once encoded: the limit is on the address, not the text.
    expect(githubNewFileUrl('https://github.com/o/r', 'main', 'f.md', 'é'.repeat(1400)).ok).toBe(false);
    expect(githubNewFileUrl('https://github.com/o/r', 'main', 'f.md', 'e'.repeat(1400)).ok).toBe(true);
  });
});
