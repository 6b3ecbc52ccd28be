import { describe, expect, test } from 'vitest';
import { slugify } from './slugs.ts';

describe('slugify', () => {
  test('folds accents and joins words with hyphens', () => {
    expect(slugify('Coopération des Côtes-d’Armor')).toBe('cooperation-des-cotes-d-armor');
    expect(slugify('  Œuvrer   ensemble !  ')).toBe('oeuvrer-ensemble');
    expect(slugify('MONALISA 22')).toBe('monalisa-22');
  });

  test('returns an empty id when nothing is left', () => {
    expect(slugify('« — »')).toBe('');
  });
});
