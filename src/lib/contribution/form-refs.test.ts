import { describe, expect, test } from 'vitest';
import { refsOf } from './form-refs.ts';
import { proposalFields } from './proposal-model.ts';

const themes = [{ id: 'gouvernance', titre: 'Gouvernance' }];

describe('refsOf', () => {
  test('finds the collections reference fields point to, inside lists too', () => {
    expect([...refsOf(proposalFields({ collection: 'cooperations', themes }))].sort()).toEqual(['acteurs']);
    expect([...refsOf(proposalFields({ collection: 'temoignages', themes }))].sort()).toEqual(['acteurs', 'cooperations']);
    expect([...refsOf(proposalFields({ collection: 'acteurs', themes }))]).toEqual([]);
  });
});
