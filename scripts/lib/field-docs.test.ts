import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatedFiles, readValueLists } from './field-docs.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('generatedFiles', () => {
  const files = generatedFiles(readValueLists(path.join(root, 'content')));

  test('covers the field reference and one JSON Schema per collection and data file', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['docs/champs.md', ...[...COLLECTIONS, 'themes', 'chiffres'].map((c) => `schemas/${c}.schema.json`)].sort(),
    );
  });

  test.each(Object.keys(files))('committed %s is up to date', (name) => {
    const file = path.join(root, name);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    // The message tells the contributor the one command that fixes it.
    expect(
      committed === files[name],
      `${name} n’est plus à jour : lancez « npm run docs:fields » et « npm run schemas », puis ajoutez les fichiers au commit`,
    ).toBe(true);
  });

  test('the reference lists every field of the schemas, nested ones included', () => {
    const doc = files['docs/champs.md'] as string;
    for (const field of [
      '`consentement_publication`',
      '`animateurs[].structure`',
      '`arbre_objectifs.objectifs[].actions[].titre`',
      '`lieu.code_insee`',
      '`verifie_le`',
    ]) {
      expect(doc).toContain(field);
    }
  });
});
