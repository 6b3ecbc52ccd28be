import { validate } from 'datapackage';
import { describe, expect, test } from 'vitest';
import { dataPackage, resourceName } from './data-package.ts';

const meta = {
  name: 'cooperations-centre-de-ressources',
  id: 'https://e.org/donnees/datapackage.json',
  title: 'Données ouvertes',
  description: 'Toutes les fiches.',
  homepage: 'https://e.org/',
  publisher: 'Coopérations — centre de ressources',
  keywords: ['isolement social'],
  created: new Date('2026-02-01T10:00:00.123Z'),
};

describe('dataPackage', () => {
  const pkg = dataPackage(meta, [
    {
      path: 'acteurs.csv',
      title: 'Acteurs (CSV)',
      description: 'd',
      format: 'csv',
      schema: {
        fields: [{ name: 'id', type: 'string', constraints: { required: true, unique: true } }],
        primaryKey: 'id',
        missingValues: [''],
      },
    },
    { path: 'acteurs.json', title: 'Acteurs (JSON)', description: 'd', format: 'json' },
    { path: 'lieux.geojson', title: 'Lieux', description: 'd', format: 'geojson' },
  ]);

  test('is a valid Data Package for the Frictionless validator, with its licence’s SPDX id', async () => {
    expect(await validate(pkg)).toEqual({ valid: true, errors: [] });
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'etalab-2.0' })]);
    expect(pkg.created).toBe('2026-02-01T10:00:00Z');
  });

  test('marks CSV files as tabular, with their dialect and schema, and gives every file its media type', () => {
    expect(pkg.resources.map((r) => [r.name, r.mediatype, 'schema' in r])).toEqual([
      ['acteurs.csv', 'text/csv', true],
      ['acteurs.json', 'application/json', false],
      ['lieux.geojson', 'application/geo+json', false],
    ]);
    expect(pkg.resources[0]).toMatchObject({
      profile: 'tabular-data-resource',
      encoding: 'utf-8',
      dialect: { delimiter: ',', header: true },
    });
  });

  test('resource names follow the spec’s character set', () => {
    expect(resourceName('Lieux Été.geojson')).toBe('lieux-t-.geojson');
  });
});
