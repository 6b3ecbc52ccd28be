import { describe, expect, test } from 'vitest';
import { proposalFields } from './proposal-model.ts';

const input = {
  themes: [{ id: 'gouvernance', titre: 'Gouvernance et animation' }],
};

describe('proposalFields', () => {
  test('reference fields name the collection they choose from, without writing its records into the page', () => {
    const fields = proposalFields({ collection: 'evenements', ...input });
    expect(fields.find((f) => f.name === 'organisateurs')).toMatchObject({ kind: 'choices', ref: 'acteurs', required: true });
    expect(fields.find((f) => f.name === 'cooperations')).toMatchObject({ kind: 'choices', ref: 'cooperations' });
    expect(fields.find((f) => f.name === 'organisateurs')?.options).toBeUndefined();
    const temoignage = proposalFields({ collection: 'temoignages', ...input });
    expect(temoignage.find((f) => f.name === 'cooperation')).toMatchObject({ kind: 'choice', ref: 'cooperations' });
    expect(temoignage.find((f) => f.name === 'personnes')?.fields?.find((f) => f.name === 'structure')).toMatchObject({
      kind: 'choice',
      ref: 'acteurs',
    });
  });

  test('lists of blocks name their items, for buttons that read naturally', () => {
    const fields = proposalFields({ collection: 'acteurs', ...input });
    expect(fields.find((f) => f.name === 'sources')?.item).toEqual({ un: 'une source', nom: 'Source' });
  });

  test('labels themes, départements and values in French, and leaves out maintainer fields', () => {
    const fields = proposalFields({ collection: 'acteurs', ...input });
    expect(fields.find((f) => f.name === 'themes')?.options).toEqual([{ value: 'gouvernance', label: 'Gouvernance et animation' }]);
    expect(fields.find((f) => f.name === 'departements')?.options?.find((o) => o.value === '22')?.label).toBe('Côtes-d’Armor (22)');
    expect(fields.find((f) => f.name === 'departements')?.options).toHaveLength(101);
    expect(fields.find((f) => f.name === 'type')?.options).toContainEqual({ value: 'ccas', label: 'CCAS' });
    expect(fields.map((f) => f.name)).not.toContain('brouillon');
    expect(fields.map((f) => f.name)).not.toContain('verifie_le');
  });
});
