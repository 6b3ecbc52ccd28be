import { describe, expect, test } from 'vitest';
import { mergeEdit, ordered } from './merge.ts';

describe('mergeEdit', () => {
  test('changes only the fields the row fills, inside blocks too', () => {
    const original = {
      titre: 'Ancien',
      resume: 'Gardé',
      contact: { email: 'a@exemple.test', site: 'https://exemple.test/' },
      themes: ['a', 'b'],
    };
    expect(mergeEdit(original, { titre: 'Nouveau', contact: { email: 'b@exemple.test' }, themes: ['c'] })).toEqual({
      titre: 'Nouveau',
      resume: 'Gardé',
      contact: { email: 'b@exemple.test', site: 'https://exemple.test/' },
      themes: ['c'],
    });
  });
});

describe('ordered', () => {
  test('puts keys in the order of the schema, blocks included', () => {
    const schema = { properties: { titre: {}, lieu: { properties: { commune: {}, code_insee: {} } }, type: {} } };
    expect(Object.keys(ordered({ type: 'x', lieu: { code_insee: '1', commune: 'c' }, titre: 't' }, schema))).toEqual([
      'titre',
      'lieu',
      'type',
    ]);
    expect(Object.keys(ordered({ lieu: { code_insee: '1', commune: 'c' } }, schema).lieu as object)).toEqual(['commune', 'code_insee']);
  });
});
