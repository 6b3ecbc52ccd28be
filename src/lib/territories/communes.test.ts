import { describe, expect, test } from 'vitest';
import { commune, communesByName, communesByPostalCode, foldName } from './communes.ts';

describe('communes', () => {
  test('finds a commune by INSEE code, postal code and name', () => {
    expect(commune('22278')?.nom).toBe('Saint-Brieuc');
    expect(communesByPostalCode('22000').map((c) => c.code)).toEqual(['22278']);
    expect(communesByName('pelussin').map((c) => c.code)).toEqual(['42168']);
  });

  test('folds names for comparison: accents (composed or not), case, hyphens, Saint/St', () => {
    expect(foldName('Pélussin')).toBe(foldName('PE\u0301LUSSIN'));
    expect(foldName('St-Brieuc')).toBe(foldName('Saint Brieuc'));
    expect(foldName('Ste-Foy')).toBe(foldName('Sainte-Foy'));
  });
});
