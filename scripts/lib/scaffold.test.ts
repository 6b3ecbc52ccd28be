import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanContent, makeContent } from '../../tests/helpers/content.ts';
import { createRecordFile } from './scaffold.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';

afterAll(cleanContent);

const templatesDir = path.resolve(import.meta.dirname, '../../content');

describe('createRecordFile', () => {
  for (const collection of COLLECTIONS) {
    test(`writes a ${collection} record that passes validation once its placeholders are filled`, () => {
      const dir = makeContent({
        [`${collection}/_template.md`]: readFileSync(path.join(templatesDir, collection, '_template.md'), 'utf8'),
      });
      const written = new Map<string, string>();
      const result = createRecordFile({
        collection,
        titre: 'Une fiche toute neuve à Saint-Étienne',
        today: new Date('2026-11-23T10:00:00Z'),
        dir,
        read: (f) => readFileSync(f, 'utf8'),
        exists: () => false,
        write: (f, t) => written.set(f, t),
      });
      expect(result).toMatchObject({ ok: true, slug: 'une-fiche-toute-neuve-a-saint-etienne' });
      const [file, text] = [...written.entries()][0]!;
      expect(file).toBe(path.join(dir, collection, 'une-fiche-toute-neuve-a-saint-etienne.md'));
      expect(text).toContain('titre: "Une fiche toute neuve à Saint-Étienne"');
      expect(text).toContain('publie_le: 2026-11-23');
      // A contributor fills in the placeholders: replace each with plausible text.
      const filled = text
        .replace(/resume: À REMPLIR.*$/m, 'resume: Une fiche écrite pour vérifier que le modèle produit un fichier valide.')
        .replace(/À REMPLIR — /g, '')
        .replace('organisateurs: []', 'organisateurs: [asso-test]');
      const check = makeContent({ [`${collection}/nouvelle.md`]: filled });
      expect(validateContent(check, { cwd: check }).problems).toEqual([]);
    });
  }

  test('refuses to overwrite an existing record', () => {
    const result = createRecordFile({
      collection: 'acteurs',
      titre: 'Asso test',
      today: new Date(),
      dir: '/nulle-part',
      read: () => '',
      exists: () => true,
      write: () => {
        throw new Error('must not write');
      },
    });
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? '' : result.message).toContain('existe déjà');
  });

  test('refuses an unknown collection', () => {
    const result = createRecordFile({
      collection: 'recettes',
      titre: 'x',
      today: new Date(),
      dir: '/',
      read: () => '',
      exists: () => false,
      write: () => {},
    });
    expect(result.ok ? '' : result.message).toContain('« recettes » n’est pas une collection');
  });
});
