import { describe, expect, test } from 'vitest';
import { afterPreposition, ofPlace, withArticle } from './place-names.ts';
import { DEPARTEMENTS, departement, region } from './territoires.ts';

describe('place names with their article, from the official list', () => {
  test('départements take le, la, les, l’ or nothing, as INSEE gives them', () => {
    expect(ofPlace(departement('22')!)).toBe('des Côtes-d’Armor');
    expect(ofPlace(departement('29')!)).toBe('du Finistère');
    expect(ofPlace(departement('33')!)).toBe('de la Gironde');
    expect(ofPlace(departement('01')!)).toBe('de l’Ain');
    expect(ofPlace(departement('75')!)).toBe('de Paris');
    expect(ofPlace(departement('974')!)).toBe('de La Réunion');
    expect(withArticle(departement('95')!)).toBe('le Val-d’Oise');
    expect(afterPreposition('pour', departement('90')!)).toBe('pour le Territoire de Belfort');
  });
  test('régions too', () => {
    expect(ofPlace(region('53')!)).toBe('de Bretagne');
    expect(ofPlace(region('44')!)).toBe('du Grand Est');
    expect(ofPlace(region('52')!)).toBe('des Pays de la Loire');
    expect(ofPlace(region('11')!)).toBe('d’Île-de-France');
  });
  test('every département has a known type', () => {
    const types = new Set(DEPARTEMENTS.map((d) => d.typeLiaison));
    expect(DEPARTEMENTS).toHaveLength(101);
    // Départements use types 0 to 5 (no « aux », « las », « los »).
    expect([...types].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
  test('a type the official list might add later reads as a plain name', () => {
    expect(ofPlace({ nom: 'Nouveau nom', typeLiaison: 9 })).toBe('de Nouveau nom');
    expect(withArticle({ nom: 'Nouveau nom', typeLiaison: 9 })).toBe('Nouveau nom');
    expect(withArticle({ nom: 'Ain', typeLiaison: 5 })).toBe('l’Ain');
    expect(afterPreposition('dans', { nom: 'Landes', typeLiaison: 4 })).toBe('dans les Landes');
  });
});
