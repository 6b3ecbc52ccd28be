import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../schemas/collections.ts';
import type { DepartementsTopology } from './geo-build.ts';
import { buildMapPayload, MAP_TYPES, markersFor, shadingFor, summariseDepartements, toFiches, type MapRecord } from './map-data.ts';
import { departementFeatures, pointsFor } from './map-features.ts';

const topology = JSON.parse(readFileSync('src/data/departements.topo.json', 'utf8')) as DepartementsTopology;

const records: MapRecord[] = [
  {
    collection: 'cooperations',
    id: 'coop-33',
    titre: 'Coopération girondine',
    themes: ['gouvernance'],
    departements: ['33'],
    coordonnees: [-0.579_23, 44.837_79],
  },
  { collection: 'cooperations', id: 'coop-33-bis', titre: 'Autre coopération', themes: [], departements: ['33'] },
  { collection: 'pratiques', id: 'pratique', titre: 'Une pratique', themes: ['formation', 'inconnu'], departements: ['33', '2A'] },
  { collection: 'acteurs', id: 'national', titre: 'Réseau national', themes: [], departements: [] },
];

describe('MAP_TYPES', () => {
  test('has every collection of the descriptor, with singular and plural words', () => {
    expect(MAP_TYPES.map((t) => t.id)).toEqual([...COLLECTIONS]);
    expect(MAP_TYPES[0]).toEqual({ id: 'cooperations', un: 'coopération', des: 'coopérations', libelle: 'Coopérations' });
    expect(MAP_TYPES.find((t) => t.id === 'evenements')?.un).toBe('événement');
  });
});

describe('toFiches', () => {
  test('keeps type, known themes and départements, and id, title and rounded point only for records with a point', () => {
    expect(toFiches(records, ['gouvernance', 'formation'])).toEqual([
      [0, [0], ['33'], [-0.579, 44.838], 'coop-33', 'Coopération girondine'],
      [0, [], ['33'], null],
      [3, [1], ['33', '2A'], null],
      [1, [], [], null],
    ]);
  });
});

describe('summariseDepartements', () => {
  test('lists départements with content, in official order, with an accessible label', () => {
    const s = summariseDepartements(records);
    expect(s.map((d) => [d.code, d.total, d.label])).toEqual([
      ['2A', 1, 'Corse-du-Sud : 1 pratique'],
      ['33', 3, 'Gironde : 2 coopérations, 1 pratique'],
    ]);
    expect(shadingFor(s).get('33')).toEqual({ count: 3, label: 'Gironde : 2 coopérations, 1 pratique', href: '/territoires/33/' });
    // Without resources: drawn, not linked, so out of the keyboard's way.
    expect(shadingFor(s).get('29')).toEqual({ count: 0, label: 'Finistère : aucune ressource pour l’instant' });
  });
});

describe('markersFor', () => {
  test('gives a linked marker for each record with coordinates only', () => {
    expect(markersFor(records)).toEqual([
      { lon: -0.579_23, lat: 44.837_79, label: 'Coopération girondine (coopération, Gironde)', href: '/cooperations/coop-33/' },
    ]);
  });
  test('places an actor that gives its commune’s coordinates', () => {
    const acteur: MapRecord = {
      collection: 'acteurs',
      id: 'asso-22',
      titre: 'Association briochine',
      themes: [],
      departements: ['22'],
      coordonnees: [-2.7603, 48.5141],
    };
    expect(markersFor([acteur])).toEqual([
      { lon: -2.7603, lat: 48.5141, label: 'Association briochine (acteur, Côtes-d’Armor)', href: '/acteurs/asso-22/' },
    ]);
  });
});

describe('buildMapPayload', () => {
  const payload = buildMapPayload(
    records,
    [
      { id: 'gouvernance', titre: 'Gouvernance' },
      { id: 'formation', titre: 'Formation' },
    ],
    topology,
  );

  test('holds the 101 départements and the records, and its points come back as features', () => {
    const outlines = departementFeatures(payload);
    expect(outlines.features).toHaveLength(101);
    expect(outlines.features.find((f) => f.id === '974')?.properties).toEqual({ code: '974', nom: 'La Réunion' });
    expect(outlines.features.find((f) => f.id === '33')?.geometry.type).toMatch(/Polygon/);
    expect(pointsFor(payload, { type: '', theme: '' }).features.map((f) => f.properties.href)).toEqual(['/cooperations/coop-33/']);
  });
});
