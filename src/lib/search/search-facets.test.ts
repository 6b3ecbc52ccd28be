import { describe, expect, test } from 'vitest';
import { facetCounts, recordDate, searchFacets } from './search-facets.ts';

const themes = new Map([
  ['isolement-social', 'Isolement social'],
  ['gouvernance', 'Gouvernance'],
]);
const publie_le = new Date('2026-01-10T00:00:00Z');

describe('searchFacets', () => {
  test('gives theme titles, département names and their régions', () => {
    const f = searchFacets(
      'cooperations',
      { themes: ['gouvernance', 'isolement-social'], departements: ['22', '33'], regions: [], publie_le },
      themes,
    );
    expect(f.type).toBe('Coopération');
    expect(f.themes).toEqual(['Gouvernance', 'Isolement social']);
    expect(f.departements).toEqual(['Côtes-d’Armor', 'Gironde']);
    expect(f.regions).toEqual(['Bretagne', 'Nouvelle-Aquitaine']);
  });

  test('names a région once even when the record and its départements both point to it', () => {
    const f = searchFacets('acteurs', { themes: [], departements: ['22', '29'], regions: ['53'], publie_le }, themes);
    expect(f.regions).toEqual(['Bretagne']);
  });
});

describe('recordDate', () => {
  test('an event is dated by its first day in Paris', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(recordDate('evenements', { debut: { date: new Date('2015-12-31T23:30:00Z') }, publie_le })).toBe('2016-01-01');
  });

  test('a cooperation by its launch, a testimony by its collection, others by publication', () => {
    expect(recordDate('cooperations', { lancement: '2015-06', publie_le })).toBe('2015-06-01');
    expect(recordDate('cooperations', { lancement: '2014', publie_le })).toBe('2014-01-01');
    expect(recordDate('temoignages', { date: new Date('2016-11-24T00:00:00Z'), publie_le })).toBe('2016-11-24');
    expect(recordDate('pratiques', { publie_le })).toBe('2026-01-10');
    expect(searchFacets('pratiques', { publie_le }, themes).annee).toBe('2026');
  });
});

describe('facetCounts', () => {
  test('counts each record once per value', () => {
    const a = searchFacets('pratiques', { themes: ['gouvernance', 'gouvernance'], departements: ['22'], publie_le }, themes);
    const b = searchFacets('pratiques', { themes: ['gouvernance'], departements: ['33'], publie_le }, themes);
    const c = facetCounts([a, b]);
    expect(c.type).toEqual({ Pratique: 2 });
    expect(c.theme).toEqual({ Gouvernance: 2 });
    expect(c.departement).toEqual({ 'Côtes-d’Armor': 1, Gironde: 1 });
    expect(c.annee).toEqual({ '2026': 2 });
  });
});
