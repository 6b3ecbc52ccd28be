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

  // A list written by hand, with the lines the script never writes: what a lookup may not return.
  const SMALL = [
    '',
    '22277|Saint-Alban|22|,22400,22402,|saint alban',
    '22278|Saint-Brieuc|22|,22000,|saint brieuc',
    '99001||22|,99001,|sans nom',
    '99002|Sans département||,99002,|sans departement',
    '99003|Sans codes postaux|22',
    '|Sans code|22|,99005,|sans code',
    '',
  ].join('\n');
  const small = communesFromText(SMALL);

  test('a code or a postal code that only starts or ends like one finds nothing, whatever it spans', () => {
    expect(small.byCode('22278')?.nom).toBe('Saint-Brieuc');
    expect(small.byPostalCode('22400').map((c) => c.nom)).toEqual(['Saint-Alban']);
    // Each is a piece of the list: only the shape of a code keeps it from matching.
    for (const code of ['22278|Saint-Brieuc', '22277|Saint-Alban|22|,22400,22402,|saint alban\n22278'])
      expect(small.byCode(code), code).toBeUndefined();
    expect(small.byPostalCode('22400,22402')).toEqual([]);
  });

  test('a line without its code, name, département or postal codes is no commune', () => {
    for (const code of ['99001', '99002', '99003']) expect(small.byCode(code), code).toBeUndefined();
    expect(small.byName('Sans département')).toEqual([]);
    expect(small.byName('Sans code')).toEqual([]);
    expect(small.byPostalCode('99005')).toEqual([]);
    expect(small.byName('Saint Brieuc').map((c) => c.code)).toEqual(['22278']);
  });
});
