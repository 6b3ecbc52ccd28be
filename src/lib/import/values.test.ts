import { describe, expect, test } from 'vitest';
import { readCell, splitList, type Vocabulary } from './values.ts';
import type { Target } from './targets.ts';

const vocab: Vocabulary = {
  themes: [{ id: 'gouvernance', titre: 'Gouvernance et animation' }],
  labels: { type: { centre_social: 'Centre social', ccas: 'CCAS' } },
  records: { porteurs: [{ id: 'association-fictive', titre: 'Association fictive' }] },
};
const t = (key: string, kind: Target['kind'], values?: string[]): Target => ({
  key,
  title: key,
  kind,
  required: false,
  ...(values ? { values } : {}),
});

describe('readCell', () => {
  test('reads a département by number, by name, and as « Name (number) »', () => {
    const dep = t('departements', 'list');
    expect(readCell(dep, '22', vocab)).toEqual({ ok: true, value: ['22'] });
    expect(readCell(dep, 22, vocab)).toEqual({ ok: true, value: ['22'] });
    expect(readCell(dep, 'Côtes-d’Armor', vocab)).toEqual({ ok: true, value: ['22'] });
    expect(readCell(dep, "Côtes d'Armor (22); Loire", vocab)).toEqual({ ok: true, value: ['22', '42'] });
    expect(readCell(dep, '2a', vocab)).toEqual({ ok: true, value: ['2A'] });
    expect(readCell(dep, 'Atlantide', vocab)).toMatchObject({ ok: false, message: expect.stringMatching(/numéro \(« 22 »\)/) });
  });
  test('reads dates written in French and date cells of the sheet', () => {
    const date = t('publie_le', 'date');
    expect(readCell(date, '05/03/2015', vocab)).toEqual({ ok: true, value: '2015-03-05' });
    expect(readCell(date, '5 mars 2015', vocab)).toEqual({ ok: true, value: '2015-03-05' });
    expect(readCell(date, { jour: '2015-03-05' }, vocab)).toEqual({ ok: true, value: '2015-03-05' });
    expect(readCell(date, '2015', vocab).ok).toBe(false);
  });
  test('reads choices and themes by their labels, records by their titles', () => {
    expect(readCell(t('type', 'choice', ['centre_social', 'ccas']), 'Centre Social', vocab)).toEqual({ ok: true, value: 'centre_social' });
    expect(readCell(t('themes', 'list'), 'Gouvernance et animation', vocab)).toEqual({ ok: true, value: ['gouvernance'] });
    expect(readCell(t('porteurs', 'list'), 'association fictive', vocab)).toEqual({ ok: true, value: ['association-fictive'] });
    expect(readCell(t('type', 'choice', ['centre_social', 'ccas']), 'Mairie', vocab)).toMatchObject({
      ok: false,
      message: expect.stringContaining('« CCAS »'),
    });
  });
  test('reads oui/non and numbers written the French way', () => {
    expect(readCell(t('en_ligne', 'boolean'), 'Oui', vocab)).toEqual({ ok: true, value: true });
    expect(readCell(t('en_ligne', 'boolean'), 'non', vocab)).toEqual({ ok: true, value: false });
    expect(readCell(t('en_ligne', 'boolean'), 'peut-être', vocab).ok).toBe(false);
    expect(readCell(t('latitude', 'number'), '48,51', vocab)).toEqual({ ok: true, value: 48.51 });
    expect(readCell(t('places', 'integer'), '12,5', vocab).ok).toBe(false);
  });
  test('suggests https:// for a site written without it, and does not add it', () => {
    const site = readCell(t('contact_site', 'url'), 'www.exemple.test', vocab);
    expect(site).toEqual({ ok: false, message: expect.stringContaining('« https://www.exemple.test »') });
    expect(readCell(t('contact_site', 'url'), 'https://www.exemple.test/', vocab)).toEqual({
      ok: true,
      value: 'https://www.exemple.test/',
    });
  });
});

describe('splitList', () => {
  test('splits choices on ; , and line breaks, sentences not on commas, and | alone when present', () => {
    expect(splitList('a; b,c\nd', true)).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList('Se connaître, agir; Durer', false)).toEqual(['Se connaître, agir', 'Durer']);
    expect(splitList('un; deux|trois', false)).toEqual(['un; deux', 'trois']);
  });
});
