import { describe, expect, test } from 'vitest';
import { buildTerritoryHubs, buildThemeHubs, byCollection, departementPath, isNational, recordTerritories, regionPath, similarRecords, territoryLinks, type HubData, type HubRecord } from './hubs.ts';

const rec = (collection: HubRecord['collection'], id: string, data: Partial<HubData>): HubRecord => ({ collection, id, data: { titre: id, themes: [], departements: [], regions: [], ...data } });

const records = [
  rec('cooperations', 'coop-22', { departements: ['22'], regions: ['53'], themes: ['a'] }),
  rec('acteurs', 'asso-22', { departements: ['22'], themes: ['a', 'b'] }),
  rec('acteurs', 'reseau-bretagne', { regions: ['53'], themes: ['b'] }),
  rec('acteurs', 'national', { themes: ['a'] }),
  rec('evenements', 'journee-42', { lieu: { commune: 'Pélussin', departement: '42' }, themes: ['b'] }),
  rec('pratiques', 'pratique-29', { departements: ['29'], themes: ['c'] }),
];

describe('recordTerritories', () => {
  test('counts an event venue’s département as a territory of the event', () => {
    expect(recordTerritories(records[4]!.data)).toEqual({ departements: ['42'], regions: [] });
    expect(isNational(records[4]!.data)).toBe(false);
    expect(isNational(records[3]!.data)).toBe(true);
  });
});

describe('paths', () => {
  test('keep département and région codes apart and lower-case Corsica', () => {
    expect(departementPath('22')).toBe('/territoires/22/');
    expect(departementPath('2A')).toBe('/territoires/2a/');
    expect(regionPath('53')).toBe('/territoires/region-53/');
    expect(territoryLinks({ departements: ['22'], regions: ['53'] }).map((l) => `${l.nom} ${l.href}`)).toEqual(["Côtes-d'Armor /territoires/22/", 'Bretagne /territoires/region-53/']);
  });
});

describe('buildTerritoryHubs', () => {
  const hubs = buildTerritoryHubs(records);
  const hub = (slug: string) => hubs.find((h) => h.slug === slug)!;

  test('makes a hub for every named département and for the régions they belong to, and no other', () => {
    expect(hubs.map((h) => h.slug).sort()).toEqual(['22', '29', '42', 'region-53', 'region-84'].sort());
  });

  test('a département hub lists its records, its région’s records apart, and national ones', () => {
    const h = hub('22');
    expect(h.nom).toBe("Côtes-d'Armor");
    expect(h.parent?.href).toBe('/territoires/region-53/');
    expect(h.local.map((r) => r.id)).toEqual(['coop-22', 'asso-22']);
    expect(h.regional.map((r) => r.id)).toEqual(['reseau-bretagne']);
    expect(h.national.map((r) => r.id)).toEqual(['national']);
    expect(hub('29').regional.map((r) => r.id)).toEqual(['coop-22', 'reseau-bretagne']);
  });

  test('a région hub gathers the records of its départements', () => {
    const h = hub('region-53');
    expect(h.nom).toBe('Bretagne');
    expect(h.local.map((r) => r.id)).toEqual(['coop-22', 'asso-22', 'reseau-bretagne', 'pratique-29']);
    expect(h.children.map((c) => c.code)).toEqual(['22', '29']);
  });
});

describe('buildThemeHubs', () => {
  test('lists the records that name each theme, keeping the themes’ order', () => {
    const hubs = buildThemeHubs([{ id: 'b', titre: 'B', description: '' }, { id: 'a', titre: 'A', description: '' }, { id: 'z', titre: 'Z', description: '' }], records);
    expect(hubs.map((h) => [h.id, h.records.map((r) => r.id)])).toEqual([
      ['b', ['asso-22', 'reseau-bretagne', 'journee-42']],
      ['a', ['coop-22', 'asso-22', 'national']],
      ['z', []],
    ]);
    expect(hubs[0]!.href).toBe('/themes/b/');
  });
});

describe('byCollection', () => {
  test('groups in the given order and drops empty groups', () => {
    expect(byCollection(records, ['acteurs', 'temoignages', 'cooperations']).map((g) => [g.collection, g.records.length])).toEqual([['acteurs', 3], ['cooperations', 1]]);
  });
});

describe('similarRecords', () => {
  test('puts the same territory first, then shared themes, without self, excluded or duplicates', () => {
    const out = similarRecords(records[0]!, [...records, records[1]!], [{ collection: 'acteurs', id: 'national' }], 3);
    expect(out.map((r) => r.id)).toEqual(['asso-22', 'reseau-bretagne']);
  });
  test('returns nothing for a record that shares nothing', () => {
    expect(similarRecords(records[5]!, records)).toEqual([]);
  });
});
