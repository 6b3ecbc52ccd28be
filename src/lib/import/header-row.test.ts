import { describe, expect, test } from 'vitest';
import { findHeaderRow } from './header-row.ts';

describe('findHeaderRow', () => {
  test('skips a title and blank rows above the headers', () => {
    expect(findHeaderRow([['Liste des acteurs'], [], ['Nom', 'Ville', 'CP'], ['A', 'B', 22000]])).toBe(2);
  });
  test('keeps the first row when it holds the headers', () => {
    expect(
      findHeaderRow([
        ['Nom', 'Ville'],
        ['A', null],
      ]),
    ).toBe(0);
  });
});
