import { describe, expect, test } from 'vitest';
import { emptyTargets, fitScore, matchColumns, matchingKey, rememberedMatching } from './match-columns.ts';
import type { Target } from './targets.ts';

const targets: Target[] = [
  { key: 'titre', title: 'Titre', kind: 'text', required: true },
  { key: 'departements', title: 'Départements', kind: 'list', required: false },
  { key: 'lieu_commune', title: 'Commune', kind: 'text', required: false },
  { key: 'code_postal', title: 'Code postal', kind: 'text', required: false },
  { key: 'contact_email', title: 'Adresse électronique', kind: 'email', required: false },
  { key: 'contact_site', title: 'Site web', kind: 'url', required: false },
  { key: 'resume', title: 'Résumé', kind: 'text', required: true },
];

describe('matchColumns', () => {
  test('matches titles, open-data names and usual synonyms, whatever the case and accents', () => {
    expect(
      matchColumns(
        ['Nom de la structure', 'CODE POSTAL', 'Ville', 'Departement', 'Courriel', 'Site internet', 'resume', 'Remarques'],
        targets,
      ),
    ).toEqual(['titre', 'code_postal', 'lieu_commune', 'departements', 'contact_email', 'contact_site', 'resume', '']);
  });
  test('uses a field once: a second column with the same meaning is ignored', () => {
    expect(matchColumns(['Nom', 'Titre'], targets)).toEqual(['titre', '']);
  });
  test('lists the fields no column fills, required ones first', () => {
    const left = emptyTargets(['titre', ''], targets).map((t) => t.key);
    expect(left[0]).toBe('resume');
    expect(left).not.toContain('titre');
  });
  test('scores how well headers fit a collection', () => {
    expect(fitScore(['Nom', 'Ville', 'Autre'], targets)).toBe(2);
  });
});

describe('rememberedMatching', () => {
  test('keys the matching by collection and folded headers, and refuses one that no longer fits', () => {
    expect(matchingKey('acteurs', ['Nom', 'Code Postal'])).toBe(matchingKey('acteurs', ['nom', 'code postal']));
    expect(rememberedMatching('["titre",""]', ['Nom', 'X'], targets)).toEqual(['titre', '']);
    expect(rememberedMatching('["inconnu",""]', ['Nom', 'X'], targets)).toBeUndefined();
    expect(rememberedMatching('["titre"]', ['Nom', 'X'], targets)).toBeUndefined();
    expect(rememberedMatching('{', ['Nom'], targets)).toBeUndefined();
  });
});
