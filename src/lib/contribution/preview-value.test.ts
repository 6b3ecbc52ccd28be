import { describe, expect, test } from 'vitest';
import { previewValue } from './preview-value.ts';
import { proposalFields } from './proposal-model.ts';

const themes = [{ id: 'gouvernance', titre: 'Gouvernance' }];
const events = proposalFields({ collection: 'evenements', themes });
const field = (name: string) => events.find((f) => f.name === name)!;

describe('previewValue', () => {
  test('a place shows its name and commune, never the official code', () => {
    expect(previewValue({ nom: 'Salle des fêtes', commune: 'Plérin', code_insee: '22187', departement: '22' }, field('lieu'))).toBe(
      'Salle des fêtes, Plérin',
    );
  });
  test('dates read in French', () => {
    expect(previewValue('2026-12-02', field('debut'))).toBe('2 décembre 2026');
    expect(previewValue('2026-12-01T09:30:00+01:00', field('debut'))).toBe('1er décembre 2026, 9 h 30');
  });
  test('choices show their label, ticks « oui »', () => {
    const type = field('type');
    const [first] = type.options!;
    expect(previewValue(first!.value, type)).toBe(first!.label);
    expect(previewValue(true, field('en_ligne'))).toBe('oui');
  });
});
