import { describe, expect, test } from 'vitest';
import { commune, communeList, communesByName, communesByPostalCode, type Commune } from './communes.ts';
import { foldName } from '../text/fold.ts';

describe('communes', () => {
  // First: the list is read once, by the first test that asks (Stryker counts only that one as covering how it is read).
  test('keeps current communes only, every one a postal code list, several communes per postal code', () => {
    // Béon (01039) merged into another commune: its code names no current commune (Béon, 89037, is another).
    expect(commune('01039')).toBeUndefined();
    expect(communesByName('Béon').map((c) => c.code)).toEqual(['89037']);
    expect(commune('98412')?.codesPostaux).toEqual([]);
    expect(communesByPostalCode('22100').length).toBeGreaterThan(1);
    expect(communesByPostalCode('00000')).toEqual([]);
  });

  test('finds a commune by INSEE code, postal code and name', () => {
    expect(commune('22278')?.nom).toBe('Saint-Brieuc');
    expect(communesByPostalCode('22000').map((c) => c.code)).toEqual(['22278']);
    expect(communesByName('pelussin').map((c) => c.code)).toEqual(['42168']);
    expect(communesByName('Oeuilly').map((c) => c.code)).toContain('02565');
  });
});

/** A name as a person types it on a plain keyboard: no accents nor ligatures, straight apostrophes. */
const plain = (nom: string) =>
  nom
    .replace(/Œ/g, 'Oe')
    .replace(/œ/g, 'oe')
    .replace(/Æ/g, 'Ae')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'");
/** « Saint-Pol » → « St-Pol », « Sainte-Foy » → « Ste-Foy ». */
const abbreviated = (nom: string) => nom.replace(/\bSainte\b/g, 'Ste').replace(/\bSaint\b/g, 'St');

describe('the whole official list', () => {
  const list = communeList();

  test('every current commune is found by its name typed the plain way', () => {
    const typings = (nom: string) => [
      nom,
      plain(nom),
      plain(nom).toLowerCase(),
      plain(nom).toUpperCase(),
      abbreviated(plain(nom)),
      plain(nom).replace(/-/g, ' '),
    ];
    const missed: string[] = [];
    let ligatures = 0;
    let saints = 0;
    for (const c of list) {
      if (/[œæ]/i.test(c.nom)) ligatures++;
      if (abbreviated(c.nom) !== c.nom) saints++;
      for (const typed of typings(c.nom)) if (!communesByName(typed).includes(c)) missed.push(`${c.code} ${c.nom} ← ${typed}`);
    }
    expect(missed).toEqual([]);
    // What the loop went through, so that it cannot pass on an empty or unchanged list.
    expect(list.length).toBeGreaterThan(34_000);
    expect({ ligatures, saints }).toMatchSnapshot();
  });

  test('lists the names several communes share once folded', () => {
    const byName = new Map<string, Commune[]>();
    for (const c of list) byName.set(foldName(c.nom), [...(byName.get(foldName(c.nom)) ?? []), c]);
    const shared = [...byName.values()].filter((cs) => cs.length > 1);
    // Different official spellings that folding makes one name: the hint that names the commune
    // of a code cannot tell these apart, only the INSEE code does.
    const madeByFolding = shared
      .filter((cs) => new Set(cs.map((c) => c.nom)).size > 1)
      .map((cs) => cs.map((c) => `${c.nom} (${c.code})`).join(', '));
    expect({
      names: shared.length,
      communes: shared.reduce((n, cs) => n + cs.length, 0),
      madeByFolding: madeByFolding.sort(),
    }).toMatchSnapshot();
  });
});
