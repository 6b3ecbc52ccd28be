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
import { EXPECTED_DUPLICATE, EXPECTED_NEW, EXPECTED_PROBLEMS, importBook } from '../../tests/helpers/import-sheets.ts';

const dir = path.resolve(import.meta.dirname, '../../content');
const content = validateContent(dir);
const lists = { themes: content.themes.map((t) => t.id), departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS };
const schemas = createSchemas(lists);

describe('runImport', () => {
  test('the content has records to export', () => {
    expect(content.problems).toEqual([]);
    expect(
      content.records
        .filter((r) => r.data.brouillon !== true)
        .map((r) => r.collection)
        .sort(),
    ).toEqual(expect.arrayContaining([...COLLECTIONS].sort()));
  });
  for (const collection of COLLECTIONS) {
    test(`imports the published ${collection}.csv back with no change`, () => {
      const records = content.records
        .filter((r) => r.collection === collection && r.data.brouillon !== true)
        .sort((a, b) => (a.slug < b.slug ? -1 : 1));
      expect(records.length).toBeGreaterThan(0);
      const columns = csvColumns(recordSchema(collectionJsonSchema(schemas[collection], lists)));
      const csv = toCsv(
        columns,
        records.map((r) => exportRecord(r.slug, `https://exemple.test/${collection}/${r.slug}/`, r.data)),
      );
      const result = runImport({
        bytes: new TextEncoder().encode(csv),
        fileName: `${collection}.csv`,
        collection,
        dir,
        today: '2026-12-02',
      });
      if (!result.ok) throw new Error(result.message);
      // Every column of the export is understood (url describes the page, not the record).
      expect(result.sheet.headers.filter((h, i) => !result.matching[i] && h !== 'url')).toEqual([]);
      expect(result.rows.map((r) => [r.line, r.slug || r.duplicate, r.action, r.problems])).toEqual(
        records.map((r, i) => [i + 2, r.slug, 'unchanged', []]),
      );
    });
  }
});

describe('runImport on a list kept by hand', () => {
  for (const bookType of ['xlsx', 'ods'] as const) {
    test(`gives the right records, problems and duplicate (${bookType})`, () => {
      const result = runImport({
        bytes: importBook(bookType),
        fileName: `acteurs.${bookType}`,
        collection: 'acteurs',
        dir,
        today: '2026-12-02',
      });
      if (!result.ok) throw new Error(result.message);
      expect(result.rows.filter((r) => r.action === 'new').map((r) => r.slug)).toEqual(EXPECTED_NEW);
      expect(result.rows.flatMap((r) => r.problems.map((p) => [p.line, p.column]))).toEqual(EXPECTED_PROBLEMS);
      const dup = result.rows.find((r) => r.duplicate);
      expect([dup?.line, dup?.action, dup?.duplicate]).toEqual([
        EXPECTED_DUPLICATE.line,
        'skip',
        { of: 'record', id: EXPECTED_DUPLICATE.id, titre: 'Association de Kergus' },
      ]);
      const alpha = result.rows.find((r) => r.slug === 'association-fictive-alpha')?.text ?? '';
      expect(alpha).toContain('code_insee: "22278"');
      expect(alpha).toContain('signataire_charte: 2015-03-05');
      expect(alpha).toContain('departements: ["22"]');
      expect(result.rows.find((r) => r.slug === 'maison-fictive-epsilon')?.text).toContain('commune: Brest');
    });
  }

  test('a changed cell of a published CSV is an edit of that record only', () => {
    const records = content.records.filter((r) => r.collection === 'acteurs').sort((a, b) => (a.slug < b.slug ? -1 : 1));
    const columns = csvColumns(recordSchema(collectionJsonSchema(schemas.acteurs, lists)));
    const csv = toCsv(
      columns,
      records.map((r) => exportRecord(r.slug, `https://exemple.test/${r.slug}/`, r.data)),
    ).replace('Association de Kergus,', 'Association de Kergus (nom corrigé),');
    const result = runImport({
      bytes: new TextEncoder().encode(csv),
      fileName: 'acteurs.csv',
      collection: 'acteurs',
      dir,
      today: '2026-12-02',
    });
    if (!result.ok) throw new Error(result.message);
    const edits = result.rows.filter((r) => r.action === 'edit');
    expect(edits.map((r) => r.slug)).toEqual(['association-de-kergus']);
    expect(edits[0]!.text).toContain('titre: Association de Kergus (nom corrigé)');
    expect(result.rows.filter((r) => r.action === 'unchanged')).toHaveLength(records.length - 1);
  });
});
