import { describe, expect, test } from 'vitest';
import { DuplicateFinder, siteKey } from './duplicates.ts';
import { RecordNames } from './record-names.ts';

describe('DuplicateFinder', () => {
  const existing = [
    {
      id: 'centre-fictif',
      titre: 'Centre social fictif',
      departements: ['22'],
      site: 'https://www.centre.exemple.test/',
      email: 'contact@centre.exemple.test',
    },
  ];
  test('finds an existing record by its name in the same département, its site or its e-mail', () => {
    const f = new DuplicateFinder(existing);
    expect(f.check(2, { titre: 'Centre Social Fictif', departements: ['22'] })).toEqual({
      of: 'record',
      id: 'centre-fictif',
      titre: 'Centre social fictif',
    });
    expect(f.check(3, { titre: 'Autre nom', departements: [], site: 'centre.exemple.test' })).toMatchObject({ of: 'record' });
    expect(f.check(4, { titre: 'Encore un autre', departements: [], email: 'CONTACT@centre.exemple.test' })).toMatchObject({
      of: 'record',
    });
    expect(new DuplicateFinder(existing).check(2, { titre: 'Centre social fictif', departements: ['29'] })).toBeUndefined();
  });
  test('finds a row that repeats an earlier row', () => {
    const f = new DuplicateFinder([]);
    expect(f.check(2, { titre: 'Équipe fictive', departements: ['42'] })).toBeUndefined();
    expect(f.check(5, { titre: 'equipe fictive', departements: ['42'] })).toEqual({ of: 'row', line: 2 });
  });
  test('an id column names its record outright', () => {
    expect(new DuplicateFinder(existing).check(2, { id: 'centre-fictif', titre: 'Nouveau nom', departements: [] })).toMatchObject({
      of: 'record',
      id: 'centre-fictif',
    });
  });
  test('folds sites', () => {
    expect(siteKey('HTTPS://www.Exemple.test/')).toBe('exemple.test');
  });
});

describe('RecordNames', () => {
  test('makes names from titles, unique against the repository and the batch', () => {
    const names = new RecordNames(['centre-social']);
    expect(names.next('Centre social')).toBe('centre-social-2');
    expect(names.next('Centre Social')).toBe('centre-social-3');
    expect(names.next('Œuvre fictive')).toBe('oeuvre-fictive');
  });
});
