import { describe, expect, test } from 'vitest';
import { departementNeighbours } from './neighbours.ts';
import {
  buildTerritoryHubs,
  buildThemeHubs,
  byCollection,
  departementPath,
  isNational,
  recordTerritories,
  regionPath,
  similarRecords,
  territoryLinks,
  type HubData,
  type HubRecord,
} from './hubs.ts';

const rec = (collection: HubRecord['collection'], id: string, data: Partial<HubData>): HubRecord => ({
  collection,
  id,
  data: { titre: id, themes: [], departements: [], regions: [], ...data },
});

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
    expect(isNational(records[2]!.data)).toBe(false);
  });
  test('ignores a venue in an unknown département', () => {
    expect(recordTerritories(rec('evenements', 'x', { lieu: { commune: 'Nulle part', departement: '99' } }).data)).toEqual({
      departements: [],
      regions: [],
    });
  });
});

describe('paths', () => {
  test('keep département and région codes apart and lower-case Corsica', () => {
    expect(departementPath('22')).toBe('/territoires/22/');
    expect(departementPath('2A')).toBe('/territoires/2a/');
    expect(regionPath('53')).toBe('/territoires/region-53/');
    expect(territoryLinks({ departements: ['22'], regions: ['53'] }).map((l) => `${l.nom} ${l.href}`)).toEqual([
      'Côtes-d’Armor /territoires/22/',
      'Bretagne /territoires/region-53/',
    ]);
    expect(territoryLinks({ departements: ['99'], regions: ['98'] }).map((l) => l.nom)).toEqual(['99', '98']);
    // The kind of each link and the form of its name in a sentence (« des Côtes-d’Armor », « de Bretagne »).
    expect(territoryLinks({ departements: ['22', '99'], regions: ['44', '98'] }).map((l) => `${l.kind} ${l.typeLiaison}`)).toEqual([
      'departement 4',
      'departement 0',
      'region 2',
      'region 0',
    ]);
  });
});

describe('buildTerritoryHubs', () => {
  test('without the map’s borders, a hub has no neighbours and lists no nearby records', () => {
    const alone = buildTerritoryHubs(records);
    expect(alone.filter((h) => h.neighbours.length > 0 || h.nearby.length > 0)).toEqual([]);
    expect(alone.find((h) => h.slug === '22')?.local.map((r) => r.id)).toEqual(['coop-22', 'asso-22']);
  });

  // Built in each test, so that each test runs the building it checks.
  const hubs = () => buildTerritoryHubs(records, departementNeighbours());
  const hub = (slug: string) => hubs().find((h) => h.slug === slug)!;
  const ids = (list: HubRecord[]) => list.map((r) => r.id);

  test('each record shows once per hub, in the nearest section that fits', () => {
    const list = [
      rec('acteurs', 'ille-et-manche', { departements: ['35', '50'] }),
      rec('acteurs', 'cotes-et-manche', { departements: ['22', '50'] }),
      rec('acteurs', 'bretagne-et-manche', { regions: ['53'], departements: ['50'] }),
      rec('acteurs', 'ouest', { departements: ['22', '29'] }),
      rec('acteurs', 'cotes-et-bretagne', { departements: ['22'], regions: ['53'] }),
      rec('acteurs', 'code-inconnu', { departements: ['99'] }),
    ];
    const all = buildTerritoryHubs(list, departementNeighbours());
    const h = all.find((x) => x.slug === '35')!;
    expect(ids(h.local)).toEqual(['ille-et-manche']);
    expect(ids(h.regional)).toEqual(['bretagne-et-manche']);
    expect(ids(h.inRegion)).toEqual(['cotes-et-manche', 'ouest', 'cotes-et-bretagne']);
    expect(ids(h.nearby)).toEqual([]);
    expect(h.children).toEqual([]);
    const r = all.find((x) => x.slug === 'region-53')!;
    expect(ids(r.local)).toEqual(['ille-et-manche', 'cotes-et-manche', 'bretagne-et-manche', 'ouest', 'cotes-et-bretagne']);
    expect(ids(r.regional)).toEqual(['bretagne-et-manche']);
    expect([r.inRegion, r.nearby]).toEqual([[], []]);
    expect(r.children.map((c) => `${c.kind} ${c.code}`)).toEqual(['departement 22', 'departement 29', 'departement 35', 'departement 56']);
    const empty = all.find((x) => x.slug === 'region-84')!;
    expect([empty.local, empty.regional]).toEqual([[], []]);
    expect(all.flatMap((x) => [...x.local, ...x.regional, ...x.inRegion, ...x.nearby]).filter((x) => x.id === 'code-inconnu')).toEqual([]);
  });

  test('makes a hub for each of the 101 départements and 18 régions, records or not', () => {
    expect(hubs().filter((h) => h.kind === 'departement')).toHaveLength(101);
    expect(hubs().filter((h) => h.kind === 'region')).toHaveLength(18);
    const empty = hub('48');
    expect([empty.local, empty.regional, empty.inRegion, empty.nearby].flat()).toEqual([]);
    expect(empty.national.map((r) => r.id)).toEqual(['national']);
    expect(empty.neighbours.map((n) => n.code)).toEqual(['07', '12', '15', '30', '43']);
  });

  test('a département lists its own records, then its région’s, then its neighbours’, and national ones', () => {
    const h = hub('22');
    expect(h.nom).toBe('Côtes-d’Armor');
    expect(h.parent?.href).toBe('/territoires/region-53/');
    expect(ids(h.local)).toEqual(['coop-22', 'asso-22']);
    expect(ids(h.regional)).toEqual(['reseau-bretagne']);
    expect(ids(h.inRegion)).toEqual(['pratique-29']);
    expect(ids(h.national)).toEqual(['national']);
  });

  test('a Côtes-d’Armor record that also names Bretagne is not one of Finistère’s own', () => {
    const h = hub('29');
    expect(ids(h.local)).toEqual(['pratique-29']);
    expect(ids(h.regional)).toEqual(['reseau-bretagne']);
    expect(ids(h.inRegion)).toEqual(['coop-22', 'asso-22']);
  });

  test('neighbours in another région show in their own section', () => {
    // Saône-et-Loire (71, Bourgogne-Franche-Comté) borders the Loire (42, Auvergne-Rhône-Alpes).
    expect(ids(hub('43').inRegion)).toEqual(['journee-42']);
    const h = hub('71');
    expect(ids(h.local)).toEqual([]);
    expect(ids(h.nearby)).toEqual(['journee-42']);
    expect(ids(hub('42').local)).toEqual(['journee-42']);
  });

  test('a région hub gathers the records of its départements and keeps its own apart', () => {
    const h = hub('region-53');
    expect(h.nom).toBe('Bretagne');
    expect(ids(h.local)).toEqual(['coop-22', 'asso-22', 'reseau-bretagne', 'pratique-29']);
    expect(ids(h.regional)).toEqual(['reseau-bretagne']);
    expect(h.children.map((c) => c.code)).toEqual(['22', '29', '35', '56']);
    expect(h.neighbours.map((n) => n.code)).toEqual(['28', '52']);
  });
});

describe('buildThemeHubs', () => {
  test('lists the records that name each theme, keeping the themes’ order', () => {
    const hubs = buildThemeHubs(
      [
        { id: 'b', titre: 'B', description: '' },
        { id: 'a', titre: 'A', description: '' },
        { id: 'z', titre: 'Z', description: '' },
      ],
      records,
    );
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
    expect(byCollection(records, ['acteurs', 'temoignages', 'cooperations']).map((g) => [g.collection, g.records.length])).toEqual([
      ['acteurs', 3],
      ['cooperations', 1],
    ]);
  });
});

describe('similarRecords', () => {
  test('puts the same territory first, then shared themes, without self, excluded or duplicates', () => {
    const out = similarRecords(records[0]!, [...records, records[1]!], [{ collection: 'acteurs', id: 'national' }], 3);
    expect(out.map((r) => r.id)).toEqual(['asso-22', 'reseau-bretagne']);
  });
  test('returns nothing for a record that shares nothing', () => {
    expect(similarRecords(records[5]!, records, [], 4)).toEqual([]);
    const elsewhere = rec('acteurs', 'ailleurs', {
      departements: ['56'],
      regions: ['28'],
      themes: ['z'],
      lieu: { commune: 'Vannes', departement: '56' },
    });
    expect(similarRecords(elsewhere, records, [], 4)).toEqual([]);
  });
  test('reads the région, then shared themes, only to fill what the département leaves', () => {
    // A new list each time: the index of a list is built once and kept.
    expect(similarRecords(records[0]!, [...records], [], 4).map((r) => r.id)).toEqual(['asso-22', 'reseau-bretagne', 'national']);
    expect(similarRecords(records[0]!, records, [], 1).map((r) => r.id)).toEqual(['asso-22']);
  });
  test('the same département comes before the région whatever the themes; then the most shared themes; ties by title in French order', () => {
    const target = rec('pratiques', 'cible', { departements: ['22'], regions: ['53'], themes: ['a', 'b'] });
    const list = [
      rec('acteurs', 'region-deux-themes', { regions: ['53'], themes: ['a', 'b'] }),
      rec('acteurs', 'zebre', { titre: 'Zèbre', departements: ['22'], themes: ['a'] }),
      rec('acteurs', 'equipe', { titre: 'Équipe', departements: ['22'], themes: ['a'] }),
      rec('acteurs', 'bande', { titre: 'Bande', departements: ['22'], themes: ['a'] }),
      rec('acteurs', 'deux-themes', { titre: 'Z', departements: ['22'], themes: ['a', 'b'] }),
      rec('acteurs', 'sans-theme', { titre: 'A', departements: ['22'] }),
      rec('acteurs', 'autres-themes', { titre: 'Y', departements: ['22'], themes: ['a', 'x', 'y'] }),
    ];
    expect(similarRecords(target, list, [], 10).map((r) => r.id)).toEqual([
      'deux-themes',
      'bande',
      'equipe',
      'autres-themes',
      'zebre',
      'sans-theme',
      'region-deux-themes',
    ]);
    expect(similarRecords(target, list, [], 2).map((r) => r.id)).toEqual(['deux-themes', 'bande']);
  });
});
