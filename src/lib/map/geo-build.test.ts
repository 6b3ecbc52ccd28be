import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { assignCodes, buildDepartementsTopology, codeForName, NAME_FIXUPS, OBJECT_NAME, serialiseTopology } from './geo-build.ts';
import { CODES_DEPARTEMENTS, DEPARTEMENTS } from '../territories/territoires.ts';
import { foldName } from '../text/fold.ts';

const SOURCE = 'scripts/geo-source/fra.topo.json';
const OUTPUT = 'src/data/departements.topo.json';
const source = () => JSON.parse(readFileSync(SOURCE, 'utf8')) as Topology;

const sample = [
  { code: '22', nom: "Côtes-d'Armor" },
  { code: '2A', nom: 'Corse-du-Sud' },
  { code: '68', nom: 'Haut-Rhin' },
];

describe('codeForName', () => {
  test('matches official names whatever their accents or punctuation', () => {
    expect(codeForName('Cotes d’Armor', sample)).toBe('22');
    expect(codeForName('corse-du-sud', sample)).toBe('2A');
  });

  test('uses the fix-up table for Natural Earth typos', () => {
    expect(codeForName('Haute-Rhin', sample)).toBe('68');
  });

  test('returns undefined for an unknown name', () => {
    expect(codeForName('Atlantide', sample)).toBeUndefined();
  });
});

describe('NAME_FIXUPS', () => {
  test('points to real département codes', () => {
    for (const code of Object.values(NAME_FIXUPS)) expect(CODES_DEPARTEMENTS).toContain(code);
  });

  test('only lists names that would not match on their own', () => {
    const official = new Set(DEPARTEMENTS.map((d) => foldName(d.nom)));
    for (const name of Object.keys(NAME_FIXUPS)) expect(official.has(foldName(name))).toBe(false);
  });

  test('lists every Natural Earth name that needs one, and nothing more', () => {
    const geometries = Object.values(source().objects)[0];
    const names =
      geometries?.type === 'GeometryCollection'
        ? geometries.geometries.map((g) => String((g.properties as { name?: string } | null | undefined)?.name))
        : [];
    const official = new Set(DEPARTEMENTS.map((d) => foldName(d.nom)));
    expect(names.filter((n) => !official.has(foldName(n))).sort()).toEqual(Object.keys(NAME_FIXUPS).sort());
  });
});

describe('assignCodes', () => {
  const geometry = (name: string) => ({ type: 'Polygon', arcs: [[0]], id: `FR.${name}`, properties: { name } });

  test('replaces source ids and names with INSEE codes and official names, sorted by code', () => {
    const out = assignCodes([geometry('Haute-Rhin'), geometry('Corse du Sud'), geometry("Côtes-d'Armor")], sample);
    expect(out.map((g) => [g.id, g.properties.nom])).toEqual([
      ['22', "Côtes-d'Armor"],
      ['2A', 'Corse-du-Sud'],
      ['68', 'Haut-Rhin'],
    ]);
    expect(out[0]).toMatchObject({ type: 'Polygon', arcs: [[0]] });
  });

  test('fails in French, naming missing départements', () => {
    expect(() => assignCodes([geometry('Corse-du-Sud'), geometry('Haut-Rhin')], sample)).toThrow(
      /absent\(s\) de la source : 22 Côtes-d'Armor/,
    );
  });

  test('fails when a département appears twice', () => {
    const twice = [geometry("Côtes-d'Armor"), geometry('Corse-du-Sud'), geometry('Haut-Rhin'), geometry('Haute-Rhin')];
    expect(() => assignCodes(twice, sample)).toThrow(/plusieurs fois : 68 \(Haut-Rhin, Haute-Rhin\)/);
  });

  test('fails on a name it cannot place, pointing to the fix-up table', () => {
    expect(() => assignCodes([...sample.map((d) => geometry(d.nom)), geometry('Atlantide')], sample)).toThrow(/« Atlantide ».*NAME_FIXUPS/);
  });
});

describe('buildDepartementsTopology', () => {
  const built = buildDepartementsTopology(source(), DEPARTEMENTS);

  test('holds the 101 départements once each, with official names', () => {
    const geometries = built.objects[OBJECT_NAME].geometries;
    expect(geometries.map((g) => g.id).sort()).toEqual([...CODES_DEPARTEMENTS].sort());
    const gironde = geometries.find((g) => g.id === '33');
    expect(gironde?.properties).toEqual({ nom: 'Gironde' });
    expect(geometries.find((g) => g.id === '974')?.properties).toEqual({ nom: 'La Réunion' });
  });

  test('keeps the source grid so that arcs stay integer deltas', () => {
    expect(built.transform).toEqual(source().transform);
    expect(built.arcs.flat(2).every(Number.isInteger)).toBe(true);
  });

  test('serialises to identical bytes on every run', () => {
    const again = serialiseTopology(buildDepartementsTopology(source(), DEPARTEMENTS));
    expect(serialiseTopology(built)).toBe(again);
    expect(JSON.parse(again)).toEqual(JSON.parse(JSON.stringify(built)));
  });

  test('matches the committed file (run « npm run geo » if this fails)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(serialiseTopology(built));
  });

  test('stays light: under 80 KB', () => {
    expect(serialiseTopology(built).length).toBeLessThan(80 * 1024);
  });
});
