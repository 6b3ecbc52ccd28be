import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { commune } from '../../src/lib/territories/communes.ts';
import { communeLookup } from './communes-text.ts';

const relayDir = path.resolve(import.meta.dirname, '..');

describe('communeLookup', () => {
  test('finds in the generated list what the validator finds in the official one', () => {
    execFileSync(process.execPath, [path.join(relayDir, 'scripts/communes.mjs')]);
    const lookup = communeLookup(readFileSync(path.join(relayDir, '.generated/communes.txt'), 'utf8'));
    for (const code of ['22278', '75056', '2A004', '97411', '01001']) expect(lookup(code), code).toEqual(commune(code));
    // A postal code, a merged-away commune and garbage are not communes.
    for (const code of ['22000', '75000', '2200', '22278|x']) expect(lookup(code), code).toBeUndefined();
    expect(commune('22000')).toBeUndefined();
  });
});
