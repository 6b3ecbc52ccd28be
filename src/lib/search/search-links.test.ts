import { describe, expect, test } from 'vitest';
import { parseState } from './search-state.ts';
import { searchHref } from './search-links.ts';

describe('searchHref', () => {
  test('opens the search page with the facets ticked, in a form the page reads back', () => {
    const href = searchHref({ type: ['Coopération'], departement: ["Côtes-d'Armor"] });
    expect(href).toBe('/recherche/?type=Coop%C3%A9ration&departement=C%C3%B4tes-d%27Armor');
    expect(parseState(href.split('?')[1]!).filters.departement).toEqual(["Côtes-d'Armor"]);
    expect(searchHref({})).toBe('/recherche/');
  });
});
