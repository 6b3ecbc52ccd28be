import { describe, expect, test } from 'vitest';
import { cellText, isEmptyCell } from './cell.ts';

describe('cellText', () => {
  test('shows cells as a French reader writes them', () => {
    expect(cellText({ jour: '2015-03-05' })).toBe('05/03/2015');
    expect(cellText({ jour: '2015-03-05', heure: '09:30' })).toBe('05/03/2015 09:30');
    expect(cellText(48.51)).toBe('48,51');
    expect(cellText(true)).toBe('oui');
    expect(cellText('  Nom  ')).toBe('Nom');
    expect(cellText(null)).toBe('');
  });
  test('tells empty cells', () => {
    expect([null, '', '  ', 0, 'x'].map(isEmptyCell)).toEqual([true, true, true, false, false]);
  });
});
