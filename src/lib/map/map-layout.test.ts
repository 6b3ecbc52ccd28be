import { describe, expect, test } from 'vitest';
import { layout, projectMarker } from './map-layout.ts';
import { departementFeatures } from './map-features.ts';
import { DEPARTEMENTS_TOPOLOGY } from './topology.ts';

const features = departementFeatures({ departements: DEPARTEMENTS_TOPOLOGY }).features;
const l = layout(features, 600);

describe('layout', () => {
  test('puts the five overseas départements in a row of insets below the mainland', () => {
    expect(l.insets.map((i) => i.code)).toEqual(['971', '972', '973', '974', '976']);
    const paris = l.main([2.35, 48.85]);
    const corse = l.main([9.15, 42.15]);
    expect(paris && corse).toBeTruthy();
    const lowest = Math.max(paris?.[1] ?? 0, corse?.[1] ?? 0);
    for (const {
      box: [x, y, w, h],
    } of l.insets) {
      expect(y).toBeGreaterThan(lowest);
      expect(x + w).toBeLessThanOrEqual(600);
      expect(y + h).toBeLessThanOrEqual(l.height);
    }
  });
});

describe('projectMarker', () => {
  test('places a mainland point on the mainland, an overseas one in its inset, and drops one abroad', () => {
    const [px = 0, py = 0] = projectMarker({ lon: 2.35, lat: 48.85 }, l) ?? [];
    expect(px).toBeGreaterThan(0);
    expect(px).toBeLessThan(600);
    const reunion = l.insets.find((i) => i.code === '974')!;
    const [rx = 0, ry = 0] = projectMarker({ lon: 55.45, lat: -20.88 }, l) ?? [];
    const [x, y, w, h] = reunion.box;
    expect(rx).toBeGreaterThanOrEqual(x);
    expect(rx).toBeLessThanOrEqual(x + w);
    expect(ry).toBeGreaterThanOrEqual(y);
    expect(ry).toBeLessThanOrEqual(y + h);
    expect(py).toBeLessThan(y);
    expect(projectMarker({ lon: -74, lat: 40.7 }, l)).toBeUndefined();
  });
});
