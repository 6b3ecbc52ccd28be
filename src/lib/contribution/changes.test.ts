import { describe, expect, test } from 'vitest';
import { changesText, recordChanges } from './changes.ts';
import { proposalFields } from './proposal-model.ts';

const themes = [{ id: 'gouvernance', titre: 'Gouvernance' }];
const fields = proposalFields({ collection: 'evenements', themes });

describe('recordChanges', () => {
  const before = { titre: 'Journée', debut: '2026-12-02', lieu: { commune: 'Plérin', code_insee: '22187' }, animation: [] };
  test('lists each changed field, in French, as the page shows it', () => {
    const after = { ...before, debut: '2026-12-03', lieu: { commune: 'Saint-Brieuc', code_insee: '22278' } };
    const changes = recordChanges(fields, before, after, 'Texte.', 'Texte.');
    expect(changes).toEqual([
      { champ: 'Début', avant: '2 décembre 2026', apres: '3 décembre 2026' },
      { champ: 'Lieu', avant: 'Plérin', apres: 'Saint-Brieuc' },
    ]);
    expect(changesText(changes)).toBe('- Début : « 2 décembre 2026 » → « 3 décembre 2026 »\n- Lieu : « Plérin » → « Saint-Brieuc »');
  });
  test('an empty list and an absent field are the same; a new text is said', () => {
    const { animation: _, ...without } = before;
    expect(recordChanges(fields, before, without, 'Texte.', 'Texte.')).toEqual([]);
    expect(recordChanges(fields, before, before, '', 'Nouveau.')).toEqual([
      { champ: 'Texte de la fiche', avant: '(vide)', apres: 'le texte modifié (voir la fiche complète)' },
    ]);
  });
});
