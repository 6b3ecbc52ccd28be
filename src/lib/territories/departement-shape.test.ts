import { describe, expect, test } from 'vitest';
import { distanceToDepartementKm, insideDepartement, TOLERANCE_KM } from './departement-shape.ts';

describe('insideDepartement', () => {
  test('places towns in their département, including islands and Corsica', () => {
    expect(insideDepartement('22', [-2.7603, 48.5141])).toBe(true); // Saint-Brieuc
    expect(insideDepartement('42', [4.68, 45.42])).toBe(true); // Pélussin
    expect(insideDepartement('2A', [8.7369, 41.9267])).toBe(true); // Ajaccio
    expect(insideDepartement('974', [55.45, -20.88])).toBe(true); // Saint-Denis de La Réunion
    expect(insideDepartement('75', [2.3522, 48.8566])).toBe(true); // Paris
  });

  test('allows for the simplified outline near a coast, not far out at sea or abroad', () => {
    expect(distanceToDepartementKm('22', [-2.6, 49.3])).toBeGreaterThan(TOLERANCE_KM);
    expect(insideDepartement('22', [8.2, 48.3])).toBe(false);
    expect(insideDepartement('67', [7.85, 48.57])).toBe(true); // Kehl is a few km over the Rhine: within tolerance
    expect(insideDepartement('67', [8.4, 48.0])).toBe(false); // the Black Forest
  });

  test('knows nothing of an unknown code', () => {
    expect(insideDepartement('99', [0, 0])).toBeUndefined();
  });
});
