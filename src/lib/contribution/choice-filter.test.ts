import { describe, expect, test } from 'vitest';
import { choiceShown, filterStatus } from './choice-filter.ts';

describe('choiceShown', () => {
  test('keeps the choices whose label holds the letters typed, accents and case aside, and those ticked', () => {
    expect(choiceShown('cotes', 'Côtes-d’Armor (22)', false)).toBe(true);
    expect(choiceShown('cotes', 'Finistère (29)', false)).toBe(false);
    expect(choiceShown('cotes', 'Finistère (29)', true)).toBe(true);
    expect(choiceShown('', 'Finistère (29)', false)).toBe(true);
  });
});

describe('filterStatus', () => {
  test('counts what is shown while something is typed', () => {
    expect(filterStatus('co', 3)).toBe('3 choix affichés');
    expect(filterStatus('co', 1)).toBe('1 choix affiché');
    expect(filterStatus('', 101)).toBe('');
  });
});
