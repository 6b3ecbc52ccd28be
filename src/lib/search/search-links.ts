// Links into the search page with facets already ticked (same values as the index).
import { stateToQuery, emptyFilters, type FacetKey } from './search-state.ts';
import { withBase } from '../site/paths.ts';

export function searchHref(filters: Partial<Record<FacetKey, string[]>>): string {
  const query = stateToQuery({ q: '', filters: { ...emptyFilters(), ...filters } });
  return withBase(`/recherche/${query ? `?${query}` : ''}`);
}
