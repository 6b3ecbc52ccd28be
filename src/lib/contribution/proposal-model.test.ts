import { describe, expect, test } from 'vitest';
import { proposalFields } from './proposal-model.ts';

const input = {
  themes: [{ id: 'gouvernance', titre: 'Gouvernance et animation' }],
  records: { acteurs: [{ value: 'cap-rural', label: 'Cap Rural' }], cooperations: [{ value: 'monalisa-22', label: 'MONALISA 22' }] },
};

describe('proposalFields', () => {
  test('offers the actors and cooperations of the content for reference fields', () => {
    const fields = proposalFields({ collection: 'evenements', ...input });
    expect(fields.find((f) => f.name === 'organisateurs')).toMatchObject({ kind: 'choices', options: input.records.acteurs, required: true });
    expect(fields.find((f) => f.name === 'cooperations')).toMatchObject({ kind: 'choices', options: input.records.cooperations });
    const temoignage = proposalFields({ collection: 'temoignages', ...input });
    expect(temoignage.find((f) => f.name === 'cooperation')).toMatchObject({ kind: 'choice', options: input.records.cooperations });
    expect(temoignage.find((f) => f.name === 'personnes')?.fields?.find((f) => f.name === 'structure')).toMatchObject({ kind: 'choice', options: input.records.acteurs });
  });

  test('labels themes, départements and values in French, and leaves out maintainer fields', () => {
    const fields = proposalFields({ collection: 'acteurs', ...input });
    expect(fields.find((f) => f.name === 'themes')?.options).toEqual([{ value: 'gouvernance', label: 'Gouvernance et animation' }]);
    expect(fields.find((f) => f.name === 'departements')?.options?.find((o) => o.value === '22')?.label).toMatch(/^22 — Côtes-d.Armor$/);
    expect(fields.find((f) => f.name === 'departements')?.options).toHaveLength(101);
    expect(fields.find((f) => f.name === 'type')?.options).toContainEqual({ value: 'ccas', label: 'CCAS' });
    expect(fields.map((f) => f.name)).not.toContain('brouillon');
    expect(fields.map((f) => f.name)).not.toContain('verifie_le');
  });
});
