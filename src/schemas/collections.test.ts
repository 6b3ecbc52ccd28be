// What adding a collection or an enum field touches: the descriptor, the schema and the
// record template. This test fails, naming what is missing, when one of them is left out.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectionJsonSchema, fieldsOf } from '../lib/contribution/field-model.ts';
import { reservedNameProblems } from '../lib/contribution/form-ids.ts';
import { COLLECTIONS, DESCRIPTORS, LISTED, MENU, referencesOf, valueLabels } from './collections.ts';
import { createSchemas } from './index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const lists = { themes: ['isolement-social'], departements: ['22'], regions: ['53'] };
const schemas = createSchemas(lists);
const fields = (c: (typeof COLLECTIONS)[number]) => fieldsOf(collectionJsonSchema(schemas[c], lists));

describe('collection descriptors', () => {
  test('every collection has a schema, a record template, a content folder with its template, and a page at /<name>/', () => {
    for (const c of COLLECTIONS) {
      expect(Object.keys(schemas), c).toContain(c);
      expect(existsSync(path.join(ROOT, 'src/pages', c, '[slug].astro')), `src/pages/${c}/[slug].astro`).toBe(true);
      expect(existsSync(path.join(ROOT, 'content', c, '_template.md')), `content/${c}/_template.md`).toBe(true);
      const own = existsSync(path.join(ROOT, 'src/pages', c, 'index.astro'));
      // Either the generic paginated list or a page of its own, never both, never neither.
      expect(own, `/${c}/ : ${own ? 'page propre' : 'liste générique'}`).toBe(!LISTED.includes(c));
    }
  });

  test('every collection is in the main navigation once, in a distinct place', () => {
    expect([...MENU].sort()).toEqual([...COLLECTIONS].sort());
    expect(new Set(COLLECTIONS.map((c) => DESCRIPTORS[c].menu)).size).toBe(COLLECTIONS.length);
  });

  test('names and search facet values are distinct from one collection to another', () => {
    for (const key of ['un', 'des', 'type', 'titre', 'titreAccueil'] as const) {
      expect(new Set(COLLECTIONS.map((c) => DESCRIPTORS[c][key])).size, key).toBe(COLLECTIONS.length);
    }
  });

  test('every enum field of a schema has a French label for each of its values, and nothing else', () => {
    for (const c of COLLECTIONS) {
      const enums = fields(c).filter((f) => f.values && !['themes', 'departements', 'regions'].includes(f.name));
      for (const f of enums) {
        const labels = valueLabels(c, f.name);
        expect(labels, `${c}.${f.name} : libellés à ajouter dans « valeurs »`).toBeDefined();
        expect(Object.keys(labels ?? {}), `${c}.${f.name}`).toEqual(f.values);
      }
      expect(Object.keys(DESCRIPTORS[c].valeurs).sort(), c).toEqual(enums.map((f) => f.name).sort());
    }
  });

  test('every reference names a field of the schema and points to a collection', () => {
    for (const c of COLLECTIONS) {
      const byName = new Map(fields(c).map((f) => [f.name, f]));
      for (const { field, sub, to } of referencesOf(c)) {
        const f = byName.get(field);
        expect(f, `${c}.${field}`).toBeDefined();
        if (sub) expect(f?.fields?.map((x) => x.name), `${c}.${field}.${sub}`).toContain(sub);
        expect(COLLECTIONS).toContain(to);
      }
    }
  });

  test('no field is named like a control of the proposal form (f-fichier, f-corps, a block’s -aide)', () => {
    for (const c of COLLECTIONS) expect(reservedNameProblems(fields(c)), c).toEqual([]);
    expect(COLLECTIONS.flatMap((c) => fields(c)).length).toBeGreaterThan(COLLECTIONS.length * 8);
  });

  test('only the testimony requires a text', () => {
    expect(COLLECTIONS.filter((c) => DESCRIPTORS[c].corpsObligatoire)).toEqual(['temoignages']);
  });
});
