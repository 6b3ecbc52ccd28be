import { describe, expect, test } from 'vitest';
import {
  countsFor,
  countsText,
  departementFeatures,
  departementLabel,
  ficheToFeature,
  filterFiches,
  pointsFor,
  readFilter,
  writeFilter,
  type MapPayload,
} from './map-features.ts';
import { DEPARTEMENTS_TOPOLOGY as topology } from './topology.ts';

const types = [
  { id: 'cooperations', un: 'coopération', des: 'coopérations', libelle: 'Coopérations' },
  { id: 'pratiques', un: 'pratique', des: 'pratiques', libelle: 'Pratiques' },
  { id: 'evenements', un: 'événement', des: 'événements', libelle: 'Événements' },
];

const payload: MapPayload = {
  version: 1,
  types,
  themes: [
    { id: 'gouvernance', titre: 'Gouvernance' },
    { id: 'formation', titre: 'Formation' },
  ],
  departements: { type: 'Topology', objects: { departements: { type: 'GeometryCollection', geometries: [] } }, arcs: [] },
  fiches: [
    [0, [0], ['33'], [-0.579, 44.838], 'coop-a', 'Coopération A'],
    [0, [1], ['33', '24'], null],
    [1, [0, 1], ['33'], null],
    [2, [1], ['42'], [4.684, 45.419], 'journee-d', 'Journée D'],
  ],
};

describe('ficheToFeature', () => {
  test('turns a record with coordinates into a point that links to its page', () => {
    const f = ficheToFeature(payload, payload.fiches[3]!, 3);
    expect(f).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [4.684, 45.419] },
      properties: { index: 3, type: 'evenements', titre: 'Journée D', href: '/evenements/journee-d/' },
    });
  });

  test('gives nothing for a record without coordinates', () => {
    expect(ficheToFeature(payload, payload.fiches[1]!, 1)).toBeUndefined();
  });
});

describe('filterFiches and pointsFor', () => {
  test('keep everything without a filter, and only points with coordinates', () => {
    expect(filterFiches(payload, { type: '', theme: '' })).toHaveLength(4);
    expect(pointsFor(payload, { type: '', theme: '' }).features.map((f) => f.properties.titre)).toEqual(['Coopération A', 'Journée D']);
  });

  test('filter by type, by theme, and by both', () => {
    const kept = (type: string, theme: string) => filterFiches(payload, { type, theme }).map((x) => x.index);
    expect(kept('cooperations', '')).toEqual([0, 1]);
    expect(kept('', 'formation')).toEqual([1, 2, 3]);
    expect(kept('cooperations', 'formation')).toEqual([1]);
    expect(pointsFor(payload, { type: 'evenements', theme: 'gouvernance' }).features).toEqual([]);
  });
});

describe('countsFor', () => {
  test('counts each record once per département it names, by type', () => {
    const counts = countsFor(payload, { type: '', theme: '' });
    expect(Object.fromEntries(counts)).toEqual({ '33': [2, 1, 0], '24': [1, 0, 0], '42': [0, 0, 1] });
  });

  test('follows the filter', () => {
    expect(Object.fromEntries(countsFor(payload, { type: 'pratiques', theme: '' }))).toEqual({ '33': [0, 1, 0] });
  });

  test('does not count a département twice when a record repeats it', () => {
    const twice: MapPayload = { ...payload, fiches: [[0, [], ['33', '33'], null]] };
    expect(countsFor(twice, { type: '', theme: '' }).get('33')).toEqual([1, 0, 0]);
  });
});

describe('departementLabel', () => {
  test('names the département and counts by type, singular and plural, in French', () => {
    expect(departementLabel('Gironde', types, [2, 1, 0])).toBe('Gironde : 2 coopérations, 1 pratique');
    expect(countsText(types, [0, 0, 1234])).toBe('1\u202f234 événements');
    expect(departementLabel('Loire', types, [0, 0, 0])).toBe('Loire : aucune ressource');
  });
});

describe('readFilter and writeFilter', () => {
  test('round-trip a filter through the query string', () => {
    const search = writeFilter('', { type: 'cooperations', theme: 'formation' });
    expect(search).toBe('?type=cooperations&theme=formation');
    expect(readFilter(search, payload)).toEqual({ type: 'cooperations', theme: 'formation' });
  });

  test('drop unknown values and empty filters, keep other parameters', () => {
    expect(readFilter('?type=inconnu&theme=gouvernance', payload)).toEqual({ type: '', theme: 'gouvernance' });
    expect(writeFilter('?type=pratiques&x=1', { type: '', theme: '' })).toBe('?x=1');
  });
});

describe('departementFeatures', () => {
  test('gives 101 features keyed by INSEE code for maplibre', () => {
    const fc = departementFeatures({ departements: topology });
    expect(fc.features).toHaveLength(101);
    const corse = fc.features.find((f) => f.id === '2A');
    expect(corse?.properties).toEqual({ code: '2A', nom: 'Corse-du-Sud' });
    expect(corse?.geometry.type).toMatch(/Polygon/);
  });
});
