// Links into the search page with facets already ticked (same values as the index).
import { stateToQuery, emptyFilters, type FacetKey } from './search-state.ts';

export function searchHref(filters: Partial<Record<FacetKey, string[]>>): string {
  const query = stateToQuery({ q: '', filters: { ...emptyFilters(), ...filters } });
  return `/recherche/${query ? `?${query}` : ''}`;
}
