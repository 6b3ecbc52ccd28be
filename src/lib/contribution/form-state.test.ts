import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { COLLECTIONS, createSchemas } from '../../schemas/index.ts';
import { proposalFields } from './proposal-model.ts';
import { recordFile } from './record-file.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../territories/territoires.ts';
import { validateContent } from '../content/validation.ts';
import { MemoryControls, mergeRecord, parisParts, readRecord, writeRecord } from './form-state.ts';
import { recordJson } from './record-json.ts';

const CONTENT = path.resolve('content');
const corpus = validateContent(CONTENT, { cwd: CONTENT });
const schemas = createSchemas({ themes: corpus.themes.map((t) => t.id), departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS });
const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('parisParts', () => {
  test('reads a moment on a Paris clock, whatever offset it was written with', () => {
    expect(parisParts('2027-03-04T09:30:00+01:00')).toEqual({ day: '2027-03-04', time: '09:30' });
    expect(parisParts('2027-07-04T07:30:00Z')).toEqual({ day: '2027-07-04', time: '09:30' });
    expect(parisParts('2027-07-04')).toEqual({ day: '2027-07-04', time: '' });
  });
});

describe('writeRecord and readRecord', () => {
  test('the content has records of every collection to try', () => {
    expect(corpus.problems).toEqual([]);
    expect(new Set(corpus.records.map((r) => r.collection)).size).toBe(COLLECTIONS.length);
  });

  test.each(corpus.records.map((r) => [`${r.collection}/${r.slug}`, r] as const))(
    '%s: opened in the form and saved unchanged, the file validates and means the same',
    (_, record) => {
      const collection = record.collection;
      const fields = proposalFields({ collection, themes: corpus.themes });
      const json = recordJson(path.basename(record.file), readFileSync(path.resolve(CONTENT, record.file), 'utf8'));
      const controls = new MemoryControls();
      writeRecord(fields, json.data, controls);
      const { data } = readRecord(fields, controls);
      const text = recordFile(mergeRecord(json.data, data, fields), json.corps);

      const dir = mkdtempSync(path.join(tmpdir(), 'coop-edit-'));
      copies.push(dir);
      cpSync(CONTENT, dir, { recursive: true });
      writeFileSync(path.join(dir, collection, json.fichier), text);
      expect(validateContent(dir, { cwd: dir }).problems, text).toEqual([]);

      const before = schemas[collection].parse(json.data);
      const after = schemas[collection].parse(recordJson(json.fichier, text).data);
      expect(after).toEqual(before);
      expect(recordJson(json.fichier, text).corps).toBe(json.corps);
    },
  );
});
