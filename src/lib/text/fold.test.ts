import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { foldName, foldQuery, slugify } from './fold.ts';
import { readTree } from '../content/tree.ts';

describe('foldName', () => {
  test('lowers case and removes accents, composed or not', () => {
    expect(foldName('Pélussin')).toBe('pelussin');
    expect(foldName('PE\u0301LUSSIN')).toBe('pelussin');
    expect(foldName('L’Haÿ-les-Roses')).toBe('l hay les roses');
  });

  test('reads ligatures as their letters', () => {
    expect(foldName('Œuilly')).toBe('oeuilly');
    expect(foldName('ŒUILLY')).toBe(foldName('Oeuilly'));
    expect(foldName('Lætitia')).toBe('laetitia');
    expect(foldName('Straße')).toBe('strasse');
    expect(foldName('Ba\uFB01n')).toBe('bafin');
  });

  test('turns apostrophes, hyphens and other punctuation into one space, trimmed', () => {
    expect(foldName("  Côtes-d'Armor ")).toBe('cotes d armor');
    expect(foldName('Côtes-d’Armor')).toBe('cotes d armor');
    expect(foldName('« Villeneuve  —  d`Ascq » !')).toBe('villeneuve d ascq');
    expect(foldName('Saint\u00a0Brieuc')).toBe('saint brieuc');
    expect(foldName(' — ')).toBe('');
  });

  test('reads « St » and « Ste » as « saint » and « sainte », as whole words only', () => {
    expect(foldName('St-Brieuc')).toBe('saint brieuc');
    expect(foldName('ST. BRIEUC')).toBe('saint brieuc');
    expect(foldName('Ste-Foy-lès-Lyon')).toBe('sainte foy les lyon');
    expect(foldName('Stenay')).toBe('stenay');
    expect(foldName('Saint-Just-Ste')).toBe('saint just sainte');
    expect(foldName('Staffelfelden Est')).toBe('staffelfelden est');
  });

  test('keeps letters of other alphabets rather than dropping them', () => {
    expect(foldName('Øster Ålborg')).toBe('øster alborg');
  });
});

describe('foldQuery', () => {
  test('leaves the word being typed alone: « St » may start « Stenay »', () => {
    expect(foldQuery('St')).toBe('st');
    expect(foldQuery('Ste')).toBe('ste');
    expect('stenay'.startsWith(foldQuery('Ste'))).toBe(true);
  });

  test('reads an abbreviation once another word or a separator follows it', () => {
    expect(foldQuery('St B')).toBe('saint b');
    expect(foldQuery('St-')).toBe('saint');
    expect(foldQuery('ste ')).toBe('sainte');
    expect(foldQuery('Côtes-d’Ar')).toBe('cotes d ar');
  });

  test('folds as foldName otherwise', () => {
    expect(foldQuery('  ŒUILLY ')).toBe(foldName('Œuilly'));
    expect(foldQuery('')).toBe('');
  });
});

describe('slugify', () => {
  test('folds accents and joins words with hyphens', () => {
    expect(slugify('Coopération des Côtes-d’Armor')).toBe('cooperation-des-cotes-d-armor');
    expect(slugify('  Œuvrer   ensemble !  ')).toBe('oeuvrer-ensemble');
    expect(slugify('MONALISA 22')).toBe('monalisa-22');
    expect(slugify('St-Brieuc')).toBe(slugify('Saint Brieuc'));
  });

  test('drops letters outside a–z and keeps ids short, without a trailing hyphen', () => {
    expect(slugify('Øster')).toBe('ster');
    const long = slugify(`${'a'.repeat(79)} b`);
    expect(long).toBe('a'.repeat(79));
    expect(slugify('x'.repeat(100))).toHaveLength(80);
  });

  test('returns an empty id when nothing is left', () => {
    expect(slugify('« — »')).toBe('');
  });

  test('leaves an id alone', () => {
    for (const id of ['cooperation-des-cotes-d-armor', 'monalisa-22', 'a']) expect(slugify(id)).toBe(id);
  });

  test('leaves every current record and theme id as it is: no URL changes', () => {
    const records = readTree('content').records.map((r) => r.name.replace(/\.md$/, ''));
    const themes = (parse(readFileSync(path.join('content', 'themes.yaml'), 'utf8')) as Array<{ id: string }>).map((t) => t.id);
    const ids = [...records, ...themes];
    expect(ids.filter((id) => slugify(id) !== id)).toEqual([]);
    expect(records.length).toBeGreaterThan(10);
    expect(themes.length).toBeGreaterThan(5);
  });
});
