import { describe, expect, test } from 'vitest';
import { prepareProposal } from './prepare.ts';
import { proposalFields } from './proposal-model.ts';

const fields = proposalFields({ collection: 'acteurs', themes: [{ id: 'gouvernance', titre: 'Gouvernance' }] });

describe('prepareProposal', () => {
  test('a new record is the file as typed, under the name chosen', () => {
    const p = prepareProposal(fields, { titre: 'Cap Rural' }, 'Texte.', ' cap-rural ');
    expect(p.fichier).toBe('cap-rural.md');
    expect(p.content).toContain('titre: Cap Rural');
    expect(p.changes).toEqual([]);
  });
  test('an edit keeps the fields the form does not show, and lists what changed', () => {
    const original = { fichier: 'cap-rural.md', data: { titre: 'Cap Rural', brouillon: true }, corps: 'Texte.' };
    const p = prepareProposal(fields, { titre: 'Cap Rural 42' }, 'Texte.', 'autre', original);
    expect(p.fichier).toBe('cap-rural.md');
    expect(p.content).toContain('brouillon: true');
    expect(p.changes).toEqual([{ champ: 'Titre', avant: 'Cap Rural', apres: 'Cap Rural 42' }]);
  });
});
