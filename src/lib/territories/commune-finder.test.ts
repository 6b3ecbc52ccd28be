import { describe, expect, test } from 'vitest';
import { bestMatch, buildShards, communeLabel, matchCommunes, shardOf, type ShardRow, type SourceCommune } from './commune-finder.ts';

const communes: SourceCommune[] = [
  { nom: 'Saint-Brieuc', type: 'commune-actuelle', departement: '22', codesPostaux: ['22000'], population: 44000 },
  { nom: 'Saint-Pol-de-Léon', type: 'commune-actuelle', departement: '29', codesPostaux: ['29250'], population: 6500 },
  { nom: 'Brest', type: 'commune-actuelle', departement: '29', codesPostaux: ['29200'], population: 140000 },
  { nom: 'Bastia', type: 'commune-actuelle', departement: '2B', codesPostaux: ['20200', '20600'], population: 48000 },
  { nom: 'Saint-Barthélemy', type: 'commune-actuelle', departement: '977', codesPostaux: ['97133'], population: 10000 },
  { nom: 'Ancienne', type: 'commune-deleguee', departement: '22', codesPostaux: ['22100'] },
  { nom: 'Œuilly', type: 'commune-actuelle', departement: '02', codesPostaux: ['02160'], population: 120 },
  { nom: 'L’Haÿ-les-Roses', type: 'commune-actuelle', departement: '94', codesPostaux: ['94240'], population: 31000 },
  { nom: 'Stenay', type: 'commune-actuelle', departement: '55', codesPostaux: ['55700'], population: 2500 },
  { nom: 'Eu', type: 'commune-actuelle', departement: '76', codesPostaux: ['76260'], population: 6900 },
  { nom: 'Y', type: 'commune-actuelle', departement: '80', codesPostaux: ['80190'], population: 90 },
  { nom: 'Brélès', type: 'commune-actuelle', departement: '29' },
];
const shards = buildShards(communes, new Set(['02', '22', '29', '2B', '55', '76', '80', '94']));
const find = (query: string) => matchCommunes(shards.get(shardOf(query) ?? '') ?? [], query).map((e) => e.nom);

describe('finding a commune', () => {
  test('folds accents, ligatures, case, apostrophes, hyphens and spaces', () => {
    expect(find('lhay les')).toEqual(['L’Haÿ-les-Roses']);
    expect(find("L'HAY-LES-ROSES")).toEqual(['L’Haÿ-les-Roses']);
    expect(find('Oeuil')).toEqual(['Œuilly']);
  });
  test('reads « St » as « Saint » once the word is typed, not while it may start another name', () => {
    expect(find('St Pol')).toEqual(['Saint-Pol-de-Léon']);
    expect(find('St-Brieuc')).toEqual(['Saint-Brieuc']);
    expect(find('Ste')).toEqual(['Stenay']);
  });
});

describe('shardOf', () => {
  test('reads the first two characters of a name or a postal code', () => {
    expect(shardOf('Sarlat')).toBe('n-sa');
    expect(shardOf('Saint-Br')).toBe('n-stbr');
    expect(shardOf('Sainte-Ma')).toBe('n-stem');
    expect(shardOf('Saint-')).toBeUndefined();
    expect(shardOf('é')).toBeUndefined();
    expect(shardOf('2')).toBeUndefined();
    expect(shardOf('22')).toBe('p-22');
    expect(shardOf('29 2')).toBe('p-29');
    expect(shardOf('Eu')).toBe('n-eu');
    expect(shardOf('a2')).toBe('n-a2');
  });
});

describe('buildShards', () => {
  test('keeps current communes of the site’s départements, the most populated first', () => {
    expect(shards.get('n-stbr')?.map((r) => r[0])).toEqual(['Saint-Brieuc']);
    expect(shards.get('p-20')).toEqual([['Bastia', '2B', '20200 20600']]);
    // A one-letter name has no name shard (two letters at least are typed); no postal code, no code shard.
    expect([...shards.keys()].sort()).toEqual([
      'n-ba',
      'n-br',
      'n-eu',
      'n-lh',
      'n-oe',
      'n-st',
      'n-stbr',
      'n-stpo',
      'p-02',
      'p-20',
      'p-22',
      'p-29',
      'p-55',
      'p-76',
      'p-80',
      'p-94',
    ]);
    expect(shards.get('p-80')).toEqual([['Y', '80', '80190']]);
    expect(shards.get('n-br')).toEqual([
      ['Brest', '29', '29200'],
      ['Brélès', '29', ''],
    ]);
  });
});

describe('matchCommunes', () => {
  test('matches the start of a name, whatever the accents and hyphens', () => {
    expect(matchCommunes(shards.get(shardOf('saint pol')!)!, 'saint pol').map((e) => e.nom)).toEqual(['Saint-Pol-de-Léon']);
    expect(matchCommunes(shards.get('n-br')!, 'BRES')).toEqual([{ nom: 'Brest', dep: '29', cp: ['29200'] }]);
  });
  test('matches a postal code and shows the code typed first', () => {
    const [bastia] = matchCommunes(shards.get('p-20')!, '20600');
    expect(bastia).toEqual({ nom: 'Bastia', dep: '2B', cp: ['20600', '20200'] });
    expect(communeLabel(bastia!, 'Haute-Corse')).toBe('Bastia (20600…) — Haute-Corse');
  });
  test('matches the start of a postal code, only the communes it serves, up to the limit', () => {
    expect(matchCommunes(shards.get('p-29')!, '292').map((e) => e.nom)).toEqual(['Brest', 'Saint-Pol-de-Léon']);
    expect(matchCommunes(shards.get('p-29')!, '29250').map((e) => e.nom)).toEqual(['Saint-Pol-de-Léon']);
    expect(matchCommunes(shards.get('p-20')!, '206')[0]?.cp).toEqual(['20600', '20200']);
    expect(matchCommunes(shards.get('p-29')!, '29', 1).map((e) => e.nom)).toEqual(['Brest']);
    expect(matchCommunes(shards.get('p-29')!, '29', 2)).toHaveLength(2);
  });
  test('a commune without postal code is found by its name, with none', () => {
    expect(matchCommunes(shards.get('n-br')!, 'brel')).toEqual([{ nom: 'Brélès', dep: '29', cp: [] }]);
    expect(matchCommunes(shards.get('n-br')!, 'br').map((e) => e.nom)).toEqual(['Brest', 'Brélès']);
  });
  test('labels a commune with its postal code, the first of several, or none', () => {
    expect(communeLabel({ nom: 'Brest', dep: '29', cp: ['29200'] }, 'Finistère')).toBe('Brest (29200) — Finistère');
    expect(communeLabel({ nom: 'Brélès', dep: '29', cp: [] }, 'Finistère')).toBe('Brélès — Finistère');
  });
  test('finds nothing under two characters', () => {
    expect(matchCommunes(shards.get('n-br')!, 'b')).toEqual([]);
  });
});

describe('usual spellings', () => {
  test('« St », « Ste », spaces and no accents find the official name', () => {
    for (const typed of ['St-Brieuc', 'St Brieuc', 'st brieuc', 'SAINT BRIEUC', 'saint-brieuc']) {
      expect(
        matchCommunes(shards.get(shardOf(typed)!)!, typed).map((e) => e.nom),
        typed,
      ).toEqual(['Saint-Brieuc']);
    }
  });
});

describe('bestMatch', () => {
  const rows: ShardRow[] = [
    ['Plérin-Bourg', '56', '56000'],
    ['Plérin', '22', '22190'],
  ];
  test('takes the exact name first, else the first (most populated) match', () => {
    expect(bestMatch(rows, 'plerin')).toEqual({ entry: { nom: 'Plérin', dep: '22', cp: ['22190'] } });
    expect(bestMatch(rows, 'Plé')).toEqual({ entry: { nom: 'Plérin-Bourg', dep: '56', cp: ['56000'] } });
    expect(bestMatch(shards.get('p-22')!, '22000')).toEqual({ entry: { nom: 'Saint-Brieuc', dep: '22', cp: ['22000'] } });
  });
  test('says why there is none', () => {
    expect(bestMatch(rows, 'p')).toEqual({ reason: 'court' });
    expect(bestMatch(rows, 'Plouha')).toEqual({ reason: 'aucune' });
  });
});
