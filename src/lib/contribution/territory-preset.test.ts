import { describe, expect, test } from 'vitest';
import { territoryPreset } from './territory-preset.ts';

describe('territoryPreset', () => {
  test('ticks the département or the région named in the address', () => {
    expect(territoryPreset('?departement=22')).toEqual({ departements: ['22'] });
    expect(territoryPreset('?departement=2a')).toEqual({ departements: ['2A'] });
    expect(territoryPreset('?region=53')).toEqual({ regions: ['53'] });
  });

  test('ticks the theme named in the address', () => {
    expect(territoryPreset('?theme=gouvernance')).toEqual({ themes: ['gouvernance'] });
    expect(territoryPreset('?theme=isolement-social')).toEqual({ themes: ['isolement-social'] });
  });

  test('ignores anything that is not a territory code', () => {
    expect(territoryPreset('')).toEqual({});
    expect(territoryPreset('?departement=<b>&region=bretagne&theme=Gouvernance%20!')).toEqual({});
  });
});
