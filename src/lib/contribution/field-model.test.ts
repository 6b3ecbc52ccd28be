import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { createSchemas } from '../../schemas/index.ts';
import { collectionJsonSchema, fieldsOf, type Field } from './field-model.ts';
import { VALID } from '../../../tests/helpers/content.ts';

const lists = { themes: ['isolement-social', 'gouvernance'], departements: ['22', '42', '2A'], regions: ['53'] };
const schemas = createSchemas(lists);
const find = (fields: Field[], p: string): Field | undefined => {
  for (const f of fields) {
    if (f.path === p) return f;
    const inner = find(f.fields ?? [], p);
    if (inner) return inner;
  }
  return undefined;
};

describe('collectionJsonSchema', () => {
  test('writes dates as YYYY-MM-DD text and lists themes and territory codes', () => {
    const s = collectionJsonSchema(schemas.acteurs, lists);
    expect(s.properties?.publie_le).toMatchObject({ type: 'string', format: 'date', title: 'Publiée le' });
    expect(s.properties?.themes?.items?.enum).toEqual(lists.themes);
    expect(s.properties?.departements?.items?.enum).toEqual(lists.departements);
    expect(s.additionalProperties).toBe(false);
  });

  test.each(Object.keys(VALID).filter((n) => n.endsWith('.md')))(
    'accepts the front matter of the valid record %s, and rejects a typo',
    (name) => {
      const collection = name.split('/')[0] as keyof typeof schemas;
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats.default(ajv);
      const validate = ajv.compile(collectionJsonSchema(schemas[collection], lists));
      // The YAML core schema keeps dates as text, as editors do.
      const data = parse((VALID[name] as string).split('---')[1] as string) as Record<string, unknown>;
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...data, titer: 'x' })).toBe(false);
    },
  );
});

describe('fieldsOf', () => {
  test('reads kinds, requirement, choices and nested fields from the schema', () => {
    const evenement = fieldsOf(collectionJsonSchema(schemas.evenements, lists));
    expect(find(evenement, 'debut')).toMatchObject({ kind: 'moment', required: true, title: 'Début' });
    expect(find(evenement, 'type')?.values).toContain('journee_exploration');
    expect(find(evenement, 'statut')).toMatchObject({ kind: 'choice', required: false, defaultValue: 'prevu' });
    expect(find(evenement, 'lieu.code_insee')).toMatchObject({ kind: 'text', required: true });
    expect(find(evenement, 'organisateurs')).toMatchObject({ kind: 'lines', required: true, minItems: 1 });
    const temoignage = fieldsOf(collectionJsonSchema(schemas.temoignages, lists));
    expect(find(temoignage, 'consentement_publication')).toMatchObject({ kind: 'true', required: true });
    expect(find(temoignage, 'personnes[].nom')).toMatchObject({ kind: 'text', required: true });
    expect(find(fieldsOf(collectionJsonSchema(schemas.acteurs, lists)), 'signataire_charte')?.kind).toBe('trueOrDate');
  });

  test('keeps the help without its example, and the example apart', () => {
    const f = find(fieldsOf(collectionJsonSchema(schemas.acteurs, lists)), 'departements');
    expect(f?.help).toBe('Les départements où la structure ou l’action se trouve (aucun pour une action nationale).');
    expect(f?.example).toEqual(['22']);
  });
});
