import { describe, expect, test } from 'vitest';
import type { PlannedRow } from './plan.ts';
import { summarise } from './summary.ts';

const row = (action: PlannedRow['action']): PlannedRow => ({ line: 2, titre: 't', slug: 's', action, problems: [] });

describe('summarise', () => {
  test('counts what is ready and what is left out, in one sentence', () => {
    const s = summarise([row('new'), row('new'), row('edit'), row('invalid'), row('skip'), row('unchanged')]);
    expect([s.ready, s.invalid]).toEqual([3, 1]);
    expect(s.sentence).toBe(
      '6 ligne(s) vérifiée(s) ; 2 nouvelle(s) fiche(s) ; 1 modification(s) ; 1 déjà identique(s) ; 1 ligne(s) avec un problème, laissée(s) de côté ; 1 ligne(s) déjà présente(s), laissée(s) de côté.',
    );
  });
});
