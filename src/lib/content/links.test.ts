import { describe, expect, test } from 'vitest';
import { collectLinks, referencedIds } from './links.ts';

describe('referencedIds', () => {
  test('reads one id, a list of ids or a field of each item, and nothing else', () => {
    expect(referencedIds({ cooperation: 'coop-22' }, 'cooperation')).toEqual(['coop-22']);
    expect(referencedIds({ porteurs: ['a', 'b'] }, 'porteurs')).toEqual(['a', 'b']);
    expect(referencedIds({ personnes: [{ structure: 'a' }, { nom: 'Sans structure' }, { structure: 'b' }] }, 'personnes', 'structure')).toEqual(['a', 'b']);
    expect(referencedIds({}, 'porteurs')).toEqual([]);
    expect(referencedIds({ porteurs: [1, null, 'a'] }, 'porteurs')).toEqual(['a']);
    expect(referencedIds({ personnes: [null, 'a', { structure: 'b' }] }, 'personnes', 'structure')).toEqual(['b']);
    expect(referencedIds({ cooperation: null }, 'cooperation')).toEqual([]);
  });
});

describe('collectLinks', () => {
  test('links each record to what it names and back, once each', () => {
    const { outgoing, incoming } = collectLinks([
      { collection: 'cooperations', id: 'coop-22', data: { porteurs: ['asso', 'asso', 'cd22'] } },
      { collection: 'temoignages', id: 'temoin', data: { cooperation: 'coop-22', personnes: [{ structure: 'asso' }, { structure: 'asso' }] } },
      { collection: 'acteurs', id: 'asso', data: {} },
    ]);
    expect(outgoing.get('cooperations/coop-22')).toEqual([
      { collection: 'acteurs', id: 'asso' },
      { collection: 'acteurs', id: 'cd22' },
    ]);
    expect(outgoing.get('temoignages/temoin')).toEqual([
      { collection: 'acteurs', id: 'asso' },
      { collection: 'cooperations', id: 'coop-22' },
    ]);
    expect(incoming.get('acteurs/asso')).toEqual([
      { collection: 'cooperations', id: 'coop-22' },
      { collection: 'temoignages', id: 'temoin' },
    ]);
    expect(incoming.get('cooperations/coop-22')).toEqual([{ collection: 'temoignages', id: 'temoin' }]);
    expect(outgoing.has('acteurs/asso')).toBe(false);
  });

  test('keeps apart a cooperation and an actor that share an id', () => {
    const { outgoing } = collectLinks([{ collection: 'pratiques', id: 'pratique', data: { cooperations: ['monalisa-22'], acteurs: ['monalisa-22'] } }]);
    expect(outgoing.get('pratiques/pratique')).toEqual([
      { collection: 'cooperations', id: 'monalisa-22' },
      { collection: 'acteurs', id: 'monalisa-22' },
    ]);
  });
});
