import { describe, expect, test } from 'vitest';
import { indexCommunes, type Commune } from './commune-index.ts';

// Real communes of the official list: Lantic and Saint-Quay-Portrieux share a postal code, two share a name.
const list: Commune[] = [
  { code: '22055', nom: 'Binic-Étables-sur-Mer', departement: '22', codesPostaux: ['22520', '22680'] },
  { code: '22117', nom: 'Lantic', departement: '22', codesPostaux: ['22410'] },
  { code: '22325', nom: 'Saint-Quay-Portrieux', departement: '22', codesPostaux: ['22410'] },
  { code: '22324', nom: 'Saint-Quay-Perros', departement: '22', codesPostaux: ['22700'] },
  { code: '02565', nom: 'Œuilly', departement: '02', codesPostaux: ['02160'] },
  { code: '51410', nom: 'Œuilly', departement: '51', codesPostaux: ['51480'] },
];

describe('indexCommunes', () => {
  // Built in each test, so that each test runs the indexing it checks.
  const index = () => indexCommunes(list);

  test('finds a commune by its INSEE code only', () => {
    expect(index().byCode('22117')?.nom).toBe('Lantic');
    expect(index().byCode('22410')).toBeUndefined();
  });

  test('lists every commune a postal code serves, in the list’s order', () => {
    expect(
      index()
        .byPostalCode('22410')
        .map((c) => c.nom),
    ).toEqual(['Lantic', 'Saint-Quay-Portrieux']);
    expect(
      index()
        .byPostalCode('22680')
        .map((c) => c.code),
    ).toEqual(['22055']);
    expect(
      index()
        .byPostalCode('22520')
        .map((c) => c.code),
    ).toEqual(['22055']);
    expect(index().byPostalCode('22117')).toEqual([]);
  });

  test('lists every commune of a name, however it is typed', () => {
    expect(
      index()
        .byName('OEUILLY')
        .map((c) => c.code),
    ).toEqual(['02565', '51410']);
    expect(
      index()
        .byName('st quay portrieux')
        .map((c) => c.code),
    ).toEqual(['22325']);
    expect(
      index()
        .byName('binic etables sur mer')
        .map((c) => c.code),
    ).toEqual(['22055']);
    expect(index().byName('Saint-Quay')).toEqual([]);
  });
});
