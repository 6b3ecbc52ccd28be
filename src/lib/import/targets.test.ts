import { describe, expect, test } from 'vitest';
import { createSchemas } from '../../schemas/index.ts';
import { collectionJsonSchema } from '../contribution/field-model.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../territories/territoires.ts';
import { importTargets } from './targets.ts';

const lists = { themes: ['gouvernance', 'isolement-social'], departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS };

describe('importTargets', () => {
  test('offers the open data’s columns with the form’s titles, the postal code and the text', () => {
    const targets = importTargets(collectionJsonSchema(createSchemas(lists).acteurs, lists));
    const byKey = new Map(targets.map((t) => [t.key, t]));
    expect(byKey.get('titre')).toMatchObject({ title: 'Titre', kind: 'text', required: true });
    expect(byKey.get('themes')).toMatchObject({ kind: 'list', values: ['gouvernance', 'isolement-social'], required: true });
    expect(byKey.get('departements')?.values).toContain('2A');
    expect(byKey.get('type')).toMatchObject({ kind: 'choice' });
    expect(byKey.get('contact_site')).toMatchObject({ kind: 'url' });
    expect(byKey.get('signataire_charte')).toMatchObject({ kind: 'boolean' });
    expect(targets.findIndex((t) => t.key === 'code_postal')).toBe(targets.findIndex((t) => t.key === 'lieu_code_insee') + 1);
    expect(targets.at(-1)?.key).toBe('corps');
    expect(byKey.has('url')).toBe(false);
  });
});
