import { describe, expect, test } from 'vitest';
import { levenshtein, nearest } from './suggest.ts';

describe('levenshtein', () => {
  test('counts the letters to add, remove or change, whichever text is longer', () => {
    expect(levenshtein('resume', 'resume')).toBe(0);
    expect(levenshtein('', 'titre')).toBe(5);
    expect(levenshtein('titre', '')).toBe(5);
    expect(levenshtein('themes', 'theme')).toBe(1);
    expect(levenshtein('theme', 'themes')).toBe(1);
    expect(levenshtein('tirte', 'titre')).toBe(2);
    expect(levenshtein('contac', 'contact')).toBe(1);
    expect(levenshtein('lieu', 'milieu')).toBe(2);
  });
});

describe('nearest', () => {
  test('suggests the closest known name, the first of equally close ones', () => {
    expect(nearest('contac', ['titre', 'contact', 'commune'])).toBe(' ; vouliez-vous dire « contact » ?');
    expect(nearest('lie', ['lieu', 'lien'])).toBe(' ; vouliez-vous dire « lieu » ?');
    expect(nearest('lie', ['lien', 'lieu'])).toBe(' ; vouliez-vous dire « lien » ?');
  });

  test('allows two changes in a short name, a quarter of the letters in a long one, no more', () => {
    expect(nearest('tutrie', ['titre'])).toBe(' ; vouliez-vous dire « titre » ?');
    expect(nearest('tortue', ['titre'])).toBe('');
    // 4 changes in 20 letters: a long field name badly typed is still recognised; 4 in 14 is too many.
    expect(nearest('consntmnt_publicaton', ['consentement_publication'])).toBe(' ; vouliez-vous dire « consentement_publication » ?');
    expect(nearest('organisatrices', ['organisateurs'])).toBe('');
  });

  test('suggests nothing without candidates', () => {
    expect(nearest('titre', [])).toBe('');
  });
});
