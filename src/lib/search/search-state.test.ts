import { describe, expect, test } from 'vitest';
import {
  effectiveSort,
  pagefindFilters,
  splitFacetCounts,
  parseState,
  resultCountText,
  sortValues,
  stateToQuery,
  toggleFilter,
} from './search-state.ts';

describe('parseState', () => {
  test('reads the words, repeated facet parameters and the sort', () => {
    const s = parseState('?q=groupes++th%C3%A9matiques&theme=Gouvernance&theme=Isolement+social&type=Pratique&tri=date');
    expect(s.q).toBe('groupes thématiques');
    expect(s.filters.theme).toEqual(['Gouvernance', 'Isolement social']);
    expect(s.filters.type).toEqual(['Pratique']);
    expect(s.filters.region).toEqual([]);
    expect(s.tri).toBe('date');
  });

  test('ignores unknown parameters, empty and repeated values, and an unknown sort', () => {
    const s = parseState('q=&theme=&theme=A&theme=A&foo=bar&tri=hasard');
    expect(s.q).toBe('');
    expect(s.filters.theme).toEqual(['A']);
    expect(s.tri).toBeUndefined();
  });
});

describe('stateToQuery', () => {
  test('round-trips through parseState, values with accents, apostrophes and spaces included', () => {
    const s = parseState('');
    const t = toggleFilter(toggleFilter({ ...s, q: 'coopération' }, 'departement', 'Côtes-d’Armor', true), 'type', 'Événement', true);
    expect(parseState(stateToQuery(t))).toEqual(t);
  });

  test('gives the same URL whatever the order of the clicks', () => {
    const s = parseState('');
    const a = toggleFilter(toggleFilter(s, 'theme', 'B', true), 'theme', 'A', true);
    const b = toggleFilter(toggleFilter(s, 'theme', 'A', true), 'theme', 'B', true);
    expect(stateToQuery(a)).toBe(stateToQuery(b));
    expect(stateToQuery(a)).toBe('theme=A&theme=B');
  });

  test('an empty state is an empty query', () => {
    expect(stateToQuery(parseState('?'))).toBe('');
  });
});

describe('toggleFilter', () => {
  test('adds and removes one value, leaving the state unchanged', () => {
    const s = parseState('theme=A');
    const on = toggleFilter(s, 'theme', 'B', true);
    expect(on.filters.theme).toEqual(['A', 'B']);
    expect(s.filters.theme).toEqual(['A']);
    expect(toggleFilter(on, 'theme', 'A', false).filters.theme).toEqual(['B']);
  });
});

describe('pagefindFilters', () => {
  test('keeps the facets in use, any value within one, and can leave one out for its counts', () => {
    const s = parseState('theme=A&theme=B&type=Pratique');
    expect(pagefindFilters(s.filters)).toEqual({ all: [{ f: { any: ['type:Pratique'] } }, { f: { any: ['theme:A', 'theme:B'] } }] });
    expect(pagefindFilters(s.filters, 'theme')).toEqual({ all: [{ f: { any: ['type:Pratique'] } }] });
    expect(pagefindFilters(parseState('').filters)).toEqual({});
  });
});

describe('effectiveSort', () => {
  test('relevance with words, newest first without, unless chosen', () => {
    expect(effectiveSort(parseState('q=x'))).toBe('pertinence');
    expect(effectiveSort(parseState(''))).toBe('date');
    expect(effectiveSort(parseState('q=x&tri=date'))).toBe('date');
  });
});

describe('resultCountText', () => {
  test('agrees in number and formats thousands the French way', () => {
    expect(resultCountText(0)).toBe('Aucun résultat');
    expect(resultCountText(1)).toBe('1 résultat');
    expect(resultCountText(2)).toBe('2 résultats');
    expect(resultCountText(1234)).toBe('1\u202f234 résultats');
  });
});

describe('sortValues', () => {
  test('years newest first, names in French alphabetical order', () => {
    expect(sortValues('annee', ['2015', '2026', '2016'])).toEqual(['2026', '2016', '2015']);
    expect(sortValues('theme', ['Santé', 'Éducation', 'Accès'])).toEqual(['Accès', 'Éducation', 'Santé']);
  });
});

describe('splitFacetCounts', () => {
  test('turns the single filter’s counts back into counts per facet, values with colons included', () => {
    expect(splitFacetCounts({ 'type:Pratique': 3, 'theme:A: B': 2, 'inconnu:x': 1 })).toEqual({
      type: { Pratique: 3 },
      theme: { 'A: B': 2 },
      region: {},
      departement: {},
      annee: {},
    });
    expect(splitFacetCounts(undefined).type).toEqual({});
  });
});
