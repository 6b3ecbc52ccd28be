import { describe, expect, test } from 'vitest';
import { indexCommunes } from '../territories/commune-index.ts';
import { findCommune } from './commune-lookup.ts';

// A made-up list: the lookup is tested on its rules, the real list by the plan's test.
const index = indexCommunes([
  { code: '99001', nom: 'Saint-Fictif', departement: '22', codesPostaux: ['99100'] },
  { code: '99002', nom: 'Saint-Fictif', departement: '42', codesPostaux: ['99200'] },
  { code: '99003', nom: 'Autreville', departement: '42', codesPostaux: ['99200'] },
]);

describe('findCommune', () => {
  test('finds a commune by postal code alone when it serves one commune', () => {
    expect(findCommune({ codePostal: '99100', departements: [] }, index)).toMatchObject({ ok: true, commune: { code: '99001' } });
  });
  test('tells communes of the same name apart by postal code or département', () => {
    expect(findCommune({ nom: 'St Fictif', codePostal: '99200', departements: [] }, index)).toMatchObject({
      ok: true,
      commune: { code: '99002' },
    });
    expect(findCommune({ nom: 'saint fictif', departements: ['22'] }, index)).toMatchObject({ ok: true, commune: { code: '99001' } });
  });
  test('says what to add when it cannot choose, and what is wrong when nothing matches', () => {
    expect(findCommune({ nom: 'Saint-Fictif', departements: [] }, index)).toMatchObject({
      ok: false,
      column: 'lieu_commune',
      message: expect.stringContaining('Code postal'),
    });
    expect(findCommune({ codePostal: '99200', departements: [] }, index)).toMatchObject({
      ok: false,
      message: expect.stringContaining('écrivez aussi le nom'),
    });
    expect(findCommune({ codePostal: '12345', departements: [] }, index)).toMatchObject({ ok: false, column: 'code_postal' });
    expect(findCommune({ codeInsee: '00000', departements: [] }, index)).toMatchObject({ ok: false, column: 'lieu_code_insee' });
    expect(findCommune({ departements: [] }, index)).toBeUndefined();
  });
});
