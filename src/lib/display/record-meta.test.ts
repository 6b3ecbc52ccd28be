import { describe, expect, test } from 'vitest';
import { acteurSchema } from '../../schemas/acteurs.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../territories/territoires.ts';
import { cardMeta, telHref } from './record-meta.ts';

describe('telHref', () => {
  test('gives an international tel: link', () => {
    expect(telHref('04 77 00 00 00')).toBe('tel:+33477000000');
    expect(telHref('+33 4 77 00 00 00')).toBe('tel:+33477000000');
  });
});

describe('cardMeta', () => {
  const schema = acteurSchema({ themes: ['formation'], departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS });
  const acteur = (extra: Record<string, unknown>) =>
    schema.parse({
      titre: 'Association briochine',
      resume: 'Une association imaginaire, écrite pour ce test, qui accompagne les personnes âgées isolées.',
      type: 'association_locale',
      themes: ['formation'],
      departements: ['22'],
      publie_le: new Date('2026-01-10T00:00:00Z'),
      ...extra,
    });

  test('names an actor’s commune when it has one', () => {
    expect(cardMeta({ collection: 'acteurs', data: acteur({ lieu: { commune: 'Saint-Brieuc', code_insee: '22278' } }) })).toEqual([
      'Association locale',
      'Saint-Brieuc',
      'Côtes-d’Armor (22)',
    ]);
    expect(cardMeta({ collection: 'acteurs', data: acteur({}) })).toEqual(['Association locale', 'Côtes-d’Armor (22)']);
  });
});
