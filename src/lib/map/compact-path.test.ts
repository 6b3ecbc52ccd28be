import { geoEquirectangular } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { CompactPath, pathOf } from './compact-path.ts';

describe('CompactPath', () => {
  test('writes tenths of a pixel as relative lines, with separators only where needed', () => {
    const p = new CompactPath();
    p.moveTo(1.04, 2);
    p.lineTo(3, 2);
    p.lineTo(3, 5.25);
    p.lineTo(2.7, 5.25);
    p.closePath();
    expect(p.result()).toBe('M1 2l2 0 0 3.3-.3 0z');
  });

  test('skips points that round onto the previous one and drops a ring that collapsed to a point', () => {
    const p = new CompactPath();
    p.moveTo(0, 0);
    p.lineTo(0.01, 0.02);
    p.closePath();
    p.moveTo(10, 10);
    p.lineTo(10.01, 10);
    p.lineTo(12, 10);
    expect(p.result()).toBe('M10 10l2 0');
  });
});

describe('pathOf', () => {
  test('draws a GeoJSON polygon through a projection', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ],
    };
    expect(pathOf(square, geoEquirectangular().scale(100).translate([0, 0]))).toMatch(/^M[\d .-]+l[\d .-]+z$/);
  });
});
