import { describe, expect, test } from 'vitest';
import { batchProblem, batchWorkFactor, MAX_BATCH_RECORDS } from './batch.ts';

const file = (i: number, text = 'x') => ({ slug: `fiche-${i}`, text });

describe('batchProblem', () => {
  test('accepts up to the limit of records, refuses beyond, too heavy or twice the same name', () => {
    expect(batchProblem(Array.from({ length: MAX_BATCH_RECORDS }, (_, i) => file(i)))).toBeUndefined();
    expect(batchProblem(Array.from({ length: MAX_BATCH_RECORDS + 1 }, (_, i) => file(i)))).toMatch(/au plus 500/);
    expect(batchProblem([file(1, 'é'.repeat(1024 * 1024 + 1))])).toMatch(/plus de 2 Mo/);
    expect(batchProblem([file(1), file(1)])).toMatch(/même nom/);
    expect(batchProblem([])).toMatch(/aucune fiche/);
  });
});

describe('batchWorkFactor', () => {
  test('grows with the batch', () => {
    expect([1, 2, 25, 26, 500].map(batchWorkFactor)).toEqual([1, 2, 2, 3, 21]);
  });
});
