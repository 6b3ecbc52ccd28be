import { describe, expect, test } from 'vitest';
import { edit } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

describe('coordinatesInDepartement', () => {
  test('accepts a point of the département, refuses one outside with its distance, and explains a swapped pair', () => {
    expect(check(edit('cooperations/coop-test.md', 'coordonnees: [-2.76, 48.51]', 'coordonnees: [-2.52, 48.53]'))).toEqual([]);
    expect(check(edit('cooperations/coop-test.md', 'coordonnees: [-2.76, 48.51]', 'coordonnees: [-3.46, 48.73]'))).toEqual([]);
    expect(check(edit('cooperations/coop-test.md', 'coordonnees: [-2.76, 48.51]', 'coordonnees: [-1.68, 48.11]'))[0]).toMatch(/lieu\.coordonnees — ces coordonnées tombent à \d+ km du département Côtes-d'Armor \(22\)/);
    expect(check(edit('cooperations/coop-test.md', 'coordonnees: [-2.76, 48.51]', 'coordonnees: [48.51, -2.76]'))[0]).toContain('la longitude et la latitude sont inversées');
  });
});
