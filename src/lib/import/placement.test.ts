import { describe, expect, test } from 'vitest';
import { createSchemas } from '../../schemas/index.ts';
import { collectionJsonSchema } from '../contribution/field-model.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../territories/territoires.ts';
import { assemble } from './assemble.ts';
import { placements } from './placement.ts';

const lists = { themes: ['gouvernance'], departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS };
const schemas = createSchemas(lists);
const places = (c: 'acteurs' | 'evenements' | 'cooperations') => placements(collectionJsonSchema(schemas[c], lists));

describe('placements', () => {
  test('places every open-data column of a record back in its field', () => {
    const p = places('evenements');
    expect(p.get('lieu_code_insee')).toEqual({ how: 'value', path: ['lieu', 'code_insee'] });
    expect(p.get('debut_heure')).toEqual({ how: 'moment', path: ['debut'], part: 'heure' });
    expect(p.get('latitude')).toEqual({ how: 'coordinate', path: ['lieu', 'coordonnees'], index: 1 });
    expect(p.get('sources_url')).toEqual({ how: 'items', path: ['sources'], sub: 'url' });
    expect(places('acteurs').get('signataire_charte_date')).toEqual({ how: 'trueOrDate', path: ['signataire_charte'], part: 'date' });
  });
});

describe('assemble', () => {
  test('builds blocks, lists of blocks, coordinates, Paris times and « true or a date »', () => {
    const ev = assemble(
      new Map<string, string | number | boolean | string[]>([
        ['titre', 'Journée fictive'],
        ['debut_date', '2027-03-04'],
        ['debut_heure', '09:30'],
        ['lieu_commune', 'Pélussin'],
        ['longitude', -2.5],
        ['latitude', 48.5],
        ['sources_titre', ['Une source', 'Une autre']],
        ['sources_url', ['', 'https://exemple.test/']],
      ]),
      places('evenements'),
    );
    expect(ev).toEqual({
      titre: 'Journée fictive',
      debut: '2027-03-04T09:30:00+01:00',
      lieu: { commune: 'Pélussin', coordonnees: [-2.5, 48.5] },
      sources: [{ titre: 'Une source' }, { titre: 'Une autre', url: 'https://exemple.test/' }],
    });
    const p = places('acteurs');
    expect(assemble(new Map([['signataire_charte', true]]), p)).toEqual({ signataire_charte: true });
    expect(
      assemble(
        new Map<string, string | boolean>([
          ['signataire_charte', true],
          ['signataire_charte_date', '2015-03-05'],
        ]),
        p,
      ),
    ).toEqual({ signataire_charte: '2015-03-05' });
    expect(assemble(new Map([['signataire_charte', false]]), p)).toEqual({});
  });
});
