import { describe, expect, test } from 'vitest';
import { foldForFilter } from './fold.ts';

describe('foldForFilter', () => {
  test('folds accents and case so that a few letters find a name', () => {
    expect(foldForFilter('  Côtes-d’Armor ')).toBe('cotes-d’armor');
    expect(foldForFilter('Association de Kergus').includes(foldForFilter('KERGUS'))).toBe(true);
  });
});
