import { describe, expect, test } from 'vitest';
import { figureText, latestFigures, series, seriesSummary, type ChiffreInput, type Indicateur } from './chiffres.ts';

const c = (date: string, indicateur: Indicateur, valeur: number, approximatif = false): ChiffreInput => ({
  date,
  indicateur,
  valeur,
  approximatif,
  source: 'Plénière',
});
const data = [
  c('2015-12', 'cooperations_lancees', 26),
  c('2014-12', 'cooperations_lancees', 14),
  c('2016-10', 'cooperations_lancees', 33),
  c('2014-12', 'departements_engages', 20, true),
  c('2016-11-25', 'signataires_charte', 1297),
];

describe('latestFigures', () => {
  test('keeps the most recent value of each indicator, with its date in French', () => {
    const figs = latestFigures(data);
    expect(figs.map((f) => [f.indicateur, f.texte, f.quand])).toEqual([
      ['cooperations_lancees', '33', 'octobre 2016'],
      ['departements_engages', 'près de 20', 'décembre 2014'],
      ['signataires_charte', '1\u202f297', '25 novembre 2016'],
    ]);
    expect(figs[0]!.libelle).toBe('Coopérations lancées');
  });
});

describe('figureText', () => {
  test('says « près de » for an approximate figure', () => {
    expect(figureText({ valeur: 20, approximatif: true })).toBe('près de 20');
  });
});

describe('series and seriesSummary', () => {
  test('orders values by date and sums them up in a sentence', () => {
    const s = series(data, 'cooperations_lancees');
    expect(s.map((p) => p.valeur)).toEqual([14, 26, 33]);
    expect(seriesSummary(s)).toBe('De 14 en décembre 2014 à 33 en octobre 2016, soit 2,4 fois plus.');
    expect(seriesSummary(s.slice(0, 2))).toBe('De 14 en décembre 2014 à 26 en décembre 2015, soit 12 de plus.');
    expect(seriesSummary([])).toBe('Aucune donnée.');
  });
});
