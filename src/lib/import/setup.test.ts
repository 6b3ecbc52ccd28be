import { describe, expect, test } from 'vitest';
import { recordKey } from './record-keys.ts';
import { importSetup, referencedCollections } from './setup.ts';

describe('importSetup', () => {
  test('names the records each reference column may point to, and the labels of choices', () => {
    const setup = importSetup('cooperations', [{ id: 'gouvernance', titre: 'Gouvernance et animation' }], {
      acteurs: [{ id: 'acteur-fictif', titre: 'Acteur fictif' }],
    });
    expect(Object.keys(setup.vocab.records).sort()).toEqual(['animateurs_structure', 'membres', 'porteurs']);
    expect(setup.vocab.records.porteurs).toEqual([{ id: 'acteur-fictif', titre: 'Acteur fictif' }]);
    expect(setup.vocab.labels.echelle?.departementale).toBe('Départementale');
    expect(setup.places.get('animateurs_structure')).toEqual({ how: 'items', path: ['animateurs'], sub: 'structure' });
    expect(referencedCollections('evenements').sort()).toEqual(['acteurs', 'cooperations']);
  });
});

describe('recordKey', () => {
  test('keeps what tells a duplicate: title, départements, site and address', () => {
    expect(
      recordKey('x', {
        titre: 'Maison fictive',
        departements: ['22'],
        contact: { site: 'https://m.exemple.test/', email: 'c@m.exemple.test' },
      }),
    ).toEqual({
      id: 'x',
      titre: 'Maison fictive',
      departements: ['22'],
      site: 'https://m.exemple.test/',
      email: 'c@m.exemple.test',
    });
    expect(recordKey('y', {})).toEqual({ id: 'y', titre: 'y', departements: [] });
  });
});
