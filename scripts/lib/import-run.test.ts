// Round trip: every CSV the site publishes (/donnees/<collection>.csv, made here by the
// same code as the page) imports back into the same records, with no change detected.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { collectionJsonSchema } from '../../src/lib/contribution/field-model.ts';
import { createSchemas } from '../../src/schemas/index.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../../src/lib/territories/territoires.ts';
import { exportRecord, recordSchema } from '../../src/lib/feeds/open-data.ts';
import { csvColumns } from '../../src/lib/feeds/table-schema.ts';
import { toCsv } from '../../src/lib/feeds/csv.ts';
import { runImport } from './import-run.ts';

const dir = path.resolve(import.meta.dirname, '../../content');
const content = validateContent(dir);
const lists = { themes: content.themes.map((t) => t.id), departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS };
const schemas = createSchemas(lists);

describe('runImport', () => {
  test('the content has records to export', () => {
    expect(content.problems).toEqual([]);
    expect(COLLECTIONS.length).toBe(5);
  });
  for (const collection of COLLECTIONS) {
    test(`imports the published ${collection}.csv back with no change`, () => {
      const records = content.records.filter((r) => r.collection === collection && r.data.brouillon !== true).sort((a, b) => (a.slug < b.slug ? -1 : 1));
      expect(records.length).toBeGreaterThan(0);
      const columns = csvColumns(recordSchema(collectionJsonSchema(schemas[collection], lists)));
      const csv = toCsv(columns, records.map((r) => exportRecord(r.slug, `https://exemple.test/${collection}/${r.slug}/`, r.data)));
      const result = runImport({ bytes: new TextEncoder().encode(csv), fileName: `${collection}.csv`, collection, dir, today: '2026-12-02' });
      if (!result.ok) throw new Error(result.message);
      // Every column of the export is understood (url describes the page, not the record).
      expect(result.sheet.headers.filter((h, i) => !result.matching[i] && h !== 'url')).toEqual([]);
      expect(result.rows.map((r) => [r.line, r.slug || r.duplicate, r.action, r.problems])).toEqual(records.map((r, i) => [i + 2, r.slug, 'unchanged', []]));
    });
  }
});
