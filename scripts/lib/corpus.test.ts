import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../generate.ts';
import { countsFor, generateCorpus, PROPORTIONS } from './corpus.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { validateContent } from '../../src/lib/content/validation.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const input = {
  records: 200,
  seed: 7,
  themes: ['isolement-social', 'gouvernance'],
  places: [{ departement: '22', region: '53', commune: { code: '22278', nom: 'Saint-Brieuc' }, point: [-2.76, 48.51] as [number, number] }],
};

describe('generateCorpus', () => {
  test('is deterministic for a seed and differs for another', () => {
    expect(generateCorpus(input)).toEqual(generateCorpus(input));
    expect(generateCorpus({ ...input, seed: 8 })).not.toEqual(generateCorpus(input));
  });

  test('keeps the proportions of each collection of the descriptor, for any total', () => {
    const files = generateCorpus(input);
    expect(files).toHaveLength(200);
    expect(Object.keys(PROPORTIONS)).toEqual([...COLLECTIONS]);
    for (const collection of COLLECTIONS) {
      const n = files.filter((f) => f.path.startsWith(`${collection}/`)).length;
      expect(n, collection).toBeGreaterThanOrEqual(1);
      expect(Math.abs(n - 200 * PROPORTIONS[collection]), collection).toBeLessThan(1);
    }
    for (const total of [COLLECTIONS.length, 7, 1000]) {
      const counts = Object.values(countsFor(total));
      expect(
        counts.reduce((a, b) => a + b, 0),
        String(total),
      ).toBe(total);
      expect(counts).toHaveLength(COLLECTIONS.length);
      expect(Math.min(...counts), String(total)).toBeGreaterThanOrEqual(1);
    }
  });

  test('writes bodies of 300 to 900 words or a little more', () => {
    for (const f of generateCorpus(input).slice(0, 50)) {
      const words = f.text.split('\n---\n')[1]!.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(960);
    }
  });

  // Validating 300 long records takes a few seconds on a busy machine.
  test('produces a corpus that passes the validator, with real places for every département', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coop-corpus-'));
    dirs.push(dir);
    expect(writeCorpus(300, dir, 3)).toBe(300);
    const result = validateContent(dir, { cwd: dir });
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(300);
  });
});
