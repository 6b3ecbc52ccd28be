import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { foldName } from '../../src/lib/text/fold.ts';
import { communes } from '../../src/lib/territories/communes.ts';
import { communesFromText } from './communes-text.ts';

const relayDir = path.resolve(import.meta.dirname, '..');

describe('communesFromText', () => {
  execFileSync(process.execPath, [path.join(relayDir, 'scripts/communes.mjs')]);
  const text = readFileSync(path.join(relayDir, '.generated/communes.txt'), 'utf8');
  const lookup = communesFromText(text);

  test('finds by code, postal code and name what the validator finds in the official list', () => {
    for (const code of ['22278', '75056', '2A004', '97411', '01001']) expect(lookup.byCode(code), code).toEqual(communes.byCode(code));
    for (const cp of ['22000', '75001', '42410', '97400', '20000']) expect(lookup.byPostalCode(cp), cp).toEqual(communes.byPostalCode(cp));
    for (const name of ['Saint-Brieuc', 'PELUSSIN', 'St Denis', 'Sainte-Marie', 'Ajaccio'])
      expect(lookup.byName(name), name).toEqual(communes.byName(name));
    // A postal code, a merged-away commune and garbage are not communes.
    for (const code of ['22000', '75000', '2200', '22278|x']) expect(lookup.byCode(code), code).toBeUndefined();
    expect(lookup.byName('')).toEqual([]);
    expect(lookup.byPostalCode('2200')).toEqual([]);
  });

  test('the build script folds every name as the validator does', () => {
    const list = JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
    ) as Array<{ nom: string; type: string }>;
    const folded = text
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(line.lastIndexOf('|') + 1));
    expect(folded).toEqual(list.filter((c) => c.type === 'commune-actuelle').map((c) => foldName(c.nom)));
  });
});
