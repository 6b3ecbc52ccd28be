import { describe, expect, test } from 'vitest';
import {
  boundsOf,
  descriptionTag,
  mapStyle,
  markerItem,
  reconcileMarkers,
  shading,
  statusText,
  type MarkerItem,
} from './interactive-view.ts';
import { NO_CONTENT_COLOUR, PALETTE } from './palette.ts';

const point = (properties: unknown, coordinates: unknown = [2.35, 48.85]) => ({ properties, geometry: { type: 'Point', coordinates } });

describe('shading', () => {
  test('colours each département with content by its total and leaves the others neutral', () => {
    const s = shading(
      new Map([
        ['22', [1, 0]],
        ['33', [3, 2]],
      ]),
    );
    expect(s.departements).toBe(2);
    expect(s.fill).toEqual(['match', ['get', 'code'], '22', PALETTE[0], '33', PALETTE[4], NO_CONTENT_COLOUR]);
    expect(s.steps.at(-1)?.max).toBe(5);
  });

  test('is the neutral colour alone when nothing is shown', () => {
    expect(shading(new Map())).toMatchObject({ fill: NO_CONTENT_COLOUR, departements: 0 });
  });
});

describe('statusText', () => {
  test('counts in French, singular and plural', () => {
    expect(statusText(1, 1)).toBe('Carte interactive : 1 département avec des ressources, 1 lieu sur la carte.');
    expect(statusText(12, 1500)).toBe('Carte interactive : 12 départements avec des ressources, 1\u202f500 lieux sur la carte.');
  });
});

describe('markerItem', () => {
  test('reads a group of points and a record from what maplibre hands back', () => {
    expect(markerItem(point({ cluster: true, cluster_id: 7, point_count: 12 }))).toEqual({
      kind: 'groupe',
      key: 'c7',
      id: 7,
      count: 12,
      lngLat: [2.35, 48.85],
    });
    expect(markerItem(point({ index: 3, type: 'cooperations', titre: 'MONALISA 22', href: '/cooperations/monalisa-22/' }))).toEqual({
      kind: 'fiche',
      key: 'f3',
      fiche: { index: 3, type: 'cooperations', titre: 'MONALISA 22', href: '/cooperations/monalisa-22/' },
      lngLat: [2.35, 48.85],
    });
  });

  test('ignores what is not a point with properties', () => {
    expect(markerItem(point(null))).toBeUndefined();
    expect(markerItem(point({ index: 1 }, ['a', 'b']))).toBeUndefined();
    expect(markerItem({ properties: {}, geometry: { type: 'Polygon', coordinates: [] } })).toBeUndefined();
  });
});

describe('reconcileMarkers', () => {
  test('keeps markers still in view, creates new ones once, removes the others', () => {
    const item = (key: string): MarkerItem => ({ kind: 'groupe', key, id: 0, count: 2, lngLat: [0, 0] });
    const removed: string[] = [];
    const created: string[] = [];
    const current = new Map([
      ['a', 'marker a'],
      ['b', 'marker b'],
    ]);
    const next = reconcileMarkers(
      current,
      [item('b'), item('c'), item('c')],
      (i) => (created.push(i.key), `marker ${i.key}`),
      (m) => removed.push(m),
    );
    expect([...next]).toEqual([
      ['b', 'marker b'],
      ['c', 'marker c'],
    ]);
    expect(created).toEqual(['c']);
    expect(removed).toEqual(['marker a']);
  });
});

describe('mapStyle', () => {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  test('uses only local GeoJSON sources without a basemap, and adds the raster layer with one', () => {
    const local = mapStyle(empty, empty, undefined);
    expect(Object.keys(local.sources)).toEqual(['departements', 'fiches']);
    expect(JSON.stringify(local)).not.toMatch(/https?:/);
    const withTiles = mapStyle(empty, empty, { tiles: ['https://tuiles.example/{z}/{x}/{y}.png'], attribution: '© exemple', maxzoom: 18 });
    expect(Object.keys(withTiles.sources)).toEqual(['fond', 'departements', 'fiches']);
    expect(withTiles.layers.map((l) => l.id)).toContain('fond');
  });
});

describe('boundsOf', () => {
  test('gives the south-west and north-east corners of a multipolygon', () => {
    expect(
      boundsOf({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [1, 2],
              [3, 5],
              [2, 1],
            ],
          ],
          [
            [
              [-1, 0],
              [0, 0],
              [0, 1],
            ],
          ],
        ],
      }),
    ).toEqual([
      [-1, 0],
      [3, 5],
    ]);
  });
});

describe('descriptionTag', () => {
  test('keeps only the meta description of a page', () => {
    const html = '<html><head><style>a{}</style><meta name="description" content="Un résumé."></head><body><p>x</p></body></html>';
    expect(descriptionTag(html)).toBe('<meta name="description" content="Un résumé.">');
    expect(descriptionTag('<p>rien</p>')).toBe('');
  });
});
