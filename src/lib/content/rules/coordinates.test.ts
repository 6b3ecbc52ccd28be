import { describe, expect, test } from 'vitest';
import { edit, VALID } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

const coop = (coordonnees: string) => check(edit('cooperations/coop-test.md', 'coordonnees: [-2.76, 48.51]', `coordonnees: ${coordonnees}`));
const event = (place: string) =>
  check({ 'evenements/evenement-test.md': VALID['evenements/evenement-test.md']!.replace('  code_insee: "42168"\n  departement: "42"', place) });

describe('coordinatesInDepartement', () => {
  test('accepts a point of the département, refuses one outside with its distance, and leaves a swapped pair to the schema', () => {
    expect(coop('[-2.52, 48.53]')).toEqual([]);
    expect(coop('[-3.46, 48.73]')).toEqual([]);
    expect(coop('[-1.68, 48.11]')).toEqual([
      'cooperations/coop-test.md:12: lieu.coordonnees — ces coordonnées tombent à 29 km du département Côtes-d’Armor (22) : vérifiez-les (écrivez [longitude, latitude], la longitude d’abord, par exemple [-2.76, 48.51] pour Saint-Brieuc)',
    ]);
    // Swapped, a point of France falls outside it: the schema explains it, once.
    expect(coop('[48.51, -2.76]')).toEqual([
      'cooperations/coop-test.md:12: lieu.coordonnees — la longitude et la latitude sont inversées : écrivez [-2.76, 48.51] (la longitude d’abord)',
    ]);
  });

  test('an event’s place is checked against its commune’s département, else the one written', () => {
    expect(event('  code_insee: "42168"\n  departement: "42"\n  coordonnees: [4.68, 45.38]')).toEqual([]);
    expect(event('  code_insee: "42168"\n  departement: "42"\n  coordonnees: [-4.49, 48.39]')[0]).toMatch(/lieu\.coordonnees — ces coordonnées tombent à \d+ km du département Loire \(42\)/);
    const unknownCode = event('  code_insee: "42999"\n  departement: "42"\n  coordonnees: [-4.49, 48.39]');
    expect(unknownCode.filter((p) => p.includes('lieu.coordonnees'))).toEqual([expect.stringMatching(/lieu\.coordonnees — ces coordonnées tombent à \d+ km du département Loire \(42\)/)]);
  });
});
