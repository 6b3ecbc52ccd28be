import { geoDistance, geoInterpolate } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, test } from 'vitest';
import { distanceToDepartementKm, insideDepartement, TOLERANCE_KM } from './departement-shape.ts';
import { DEPARTEMENTS_TOPOLOGY } from '../map/topology.ts';

/** The distance to an outline measured another way: great circles to points every few hundred metres along it. */
function sampledKm(code: string, p: [number, number]): number {
  const shapes = feature(DEPARTEMENTS_TOPOLOGY, DEPARTEMENTS_TOPOLOGY.objects.departements) as FeatureCollection<Polygon | MultiPolygon>;
  const shape = shapes.features.find((f) => String(f.id) === code)!;
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  let best = Infinity;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const along = geoInterpolate(ring[i - 1] as [number, number], ring[i] as [number, number]);
      for (let s = 0; s <= 100; s++) best = Math.min(best, geoDistance(p, along(s / 100)) * 6371);
    }
  }
  return best;
}

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

  test('measures the distance to the outline as great circles do, within half a kilometre', () => {
    const points: Array<[string, [number, number]]> = [
      ['22', [-2.6, 49.3]], // at sea off Saint-Brieuc
      ['22', [-1.9, 48.2]], // inland, in Ille-et-Vilaine
      ['67', [8.4, 48.0]], // the Black Forest
      ['2A', [9.6, 41.6]], // east of Corsica
      ['974', [55.9, -21.3]], // off La Réunion, far south
    ];
    for (const [code, p] of points) {
      const d = distanceToDepartementKm(code, p)!;
      expect(d, `${code} ${p.join(', ')}`).toBeGreaterThan(1);
      expect(Math.abs(d - sampledKm(code, p)), `${code} ${p.join(', ')}: ${d} km`).toBeLessThan(0.5);
    }
  });

  test('knows nothing of an unknown code', () => {
    expect(insideDepartement('99', [0, 0])).toBeUndefined();
  });
});
