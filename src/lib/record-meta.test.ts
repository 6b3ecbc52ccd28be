import { describe, expect, test } from 'vitest';
import { cardMeta, telHref } from './record-meta.ts';

describe('telHref', () => {
  test('gives an international tel: link', () => {
    expect(telHref('04 77 00 00 00')).toBe('tel:+33477000000');
    expect(telHref('+33 4 77 00 00 00')).toBe('tel:+33477000000');
  });
});

describe('cardMeta', () => {
  test('names an actor’s commune when it has one', () => {
    expect(cardMeta('acteurs', { type: 'association_locale', lieu: { commune: 'Saint-Brieuc', code_insee: '22278' }, departements: ['22'] })).toEqual(['Association locale', 'Saint-Brieuc', 'Côtes-d’Armor (22)']);
    expect(cardMeta('acteurs', { type: 'association_locale', departements: [] })).toEqual(['Association locale']);
  });
});
