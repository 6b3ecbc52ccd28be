import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { createSchemas } from '../../schemas/index.ts';
import { collectionJsonSchema } from '../contribution/field-model.ts';
import { exportJsonSchema, exportRecord, exportValue, geoJsonSchema, toGeoJson, wrapExport } from './open-data.ts';

const lists = { themes: ['gouvernance'], departements: ['22', '42'], regions: ['53'] };
const schemas = createSchemas(lists);

const eventData = schemas.evenements.parse({
  titre: 'Journée d’essai',
  resume: 'Une journée imaginaire, pour vérifier que l’export des données ouvertes reste valide.',
  type: 'rencontre',
  debut: '2025-06-30T09:00:00+02:00',
  fin: '2025-06-30T17:00:00+02:00',
  lieu: { commune: 'Pélussin', code_insee: '42168', departement: '42', coordonnees: [4.68, 45.42] },
  organisateurs: ['asso-test'],
  themes: ['gouvernance'],
  publie_le: '2026-01-10',
  sources: [{ titre: 'Programme, « version 2 »', url: 'https://example.org/p' }],
});

function validator(schema: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('exportValue', () => {
  test('writes days as YYYY-MM-DD and times with their Paris offset', () => {
    expect(exportValue(new Date('2026-01-10T00:00:00Z'))).toBe('2026-01-10');
    expect(exportValue({ date: new Date('2015-03-05T08:30:00Z'), journee: false })).toBe('2015-03-05T09:30:00+01:00');
    expect(exportValue({ date: new Date('2016-11-24T00:00:00Z'), journee: true })).toBe('2016-11-24');
  });
});

describe('JSON export', () => {
  const record = exportRecord('journee-d-essai', 'https://e.org/evenements/journee-d-essai/', eventData);
  const schema = exportJsonSchema(collectionJsonSchema(schemas.evenements, lists), {
    titre: 'Événements',
    id: 'https://e.org/donnees/evenements.schema.json',
  });
  const wrapped = wrapExport(
    {
      titre: 'Événements',
      description: 'd',
      source: 'https://e.org/',
      schema: 'https://e.org/donnees/evenements.schema.json',
      generatedAt: new Date('2026-02-01T10:00:00Z'),
    },
    [record],
  );

  test('validates against its own JSON Schema', () => {
    const validate = validator(schema);
    expect(validate(JSON.parse(JSON.stringify(wrapped))), JSON.stringify(validate.errors)).toBe(true);
    expect(record.debut).toBe('2025-06-30T09:00:00+02:00');
    expect(wrapped.licence).toMatchObject({ nom: expect.stringContaining('Licence Ouverte'), spdx: 'etalab-2.0' });
  });

  test('rejects a record the schema does not allow', () => {
    const validate = validator(schema);
    const bad = { ...wrapped, donnees: [{ ...record, statut: 'peut-etre' }] };
    expect(validate(JSON.parse(JSON.stringify(bad)))).toBe(false);
  });
});

describe('GeoJSON export', () => {
  test('puts longitude first and validates against its schema', () => {
    const geo = toGeoJson(
      { titre: 'Lieux', source: 'https://e.org/', schema: 'https://e.org/donnees/lieux.schema.json', generatedAt: new Date() },
      [{ id: 'x', collection: 'evenements', titre: 'X', url: 'https://e.org/x/', commune: 'Pélussin', coordonnees: [4.68, 45.42] }],
    );
    expect(geo.features[0]!.geometry.coordinates).toEqual([4.68, 45.42]);
    const validate = validator(geoJsonSchema('https://e.org/donnees/lieux.schema.json'));
    expect(validate(JSON.parse(JSON.stringify(geo))), JSON.stringify(validate.errors)).toBe(true);
  });
});
