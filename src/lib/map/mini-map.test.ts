import { describe, expect, test } from 'vitest';
import { codesFromKey, miniMapCodes, miniMapKey, miniMapUrl } from './mini-map.ts';

describe('mini-map files', () => {
  test('one file name per set of départements, whatever the order', () => {
    expect(miniMapKey(['2B', '2A', '2A'])).toBe('2a-2b');
    expect(miniMapUrl(['33', '22'])).toBe('/carte/mini/22-33.svg');
    expect(codesFromKey('2a-2b')).toEqual(['2A', '2B']);
  });

  test('an event highlights its venue’s département too', () => {
    expect(miniMapCodes({ departements: ['42'], lieu: { departement: '42' } })).toEqual(['42']);
    expect(miniMapCodes({ departements: [], lieu: { departement: '69' } })).toEqual(['69']);
    expect(miniMapCodes({})).toEqual([]);
  });
});
