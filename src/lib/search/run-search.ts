// The search page's core, without the DOM: one query to Pagefind for the results and the facet
// counts, plus one per facet in use (so that a facet's other values still say what they would
// add). Tested with a fake Pagefind; src/components/search/search-client.ts wires it to the page.
import { splitElisions } from './elision.ts';
import { effectiveSort, FACETS, FILTER_KEY, pagefindFilters, splitFacetCounts, type FacetKey, type SearchState } from './search-state.ts';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
/** The part of Pagefind's browser API the search page uses. */
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: Record<string, unknown>): Promise<PagefindResponse | null>;
  debouncedSearch(q: string | null, o: Record<string, unknown>, ms: number): Promise<PagefindResponse | null>;
}

export interface SearchOutcome {
  results: PagefindResult[];
  counts: Record<string, Record<string, number>>;
}

/** Results and facet counts for a state; null when a debounced search was superseded. */
export async function runSearch(pf: Pagefind, state: SearchState, debounce = false): Promise<SearchOutcome | null> {
  // The index breaks « l’isolement » in two (see src/lib/elision.ts): so must the query.
  const term = state.q ? splitElisions(state.q) : null;
  const options = (except?: FacetKey) => ({
    filters: pagefindFilters(state.filters, except),
    ...(effectiveSort(state) === 'date' ? { sort: { date: 'desc' } } : {}),
  });
  const main = debounce ? await pf.debouncedSearch(term, options(), 250) : await pf.search(term, options());
  if (!main) return null;
  const used = FACETS.filter((f) => state.filters[f.key].length > 0);
  const own = await Promise.all(used.map((f) => pf.search(term, options(f.key))));
  const counts: Record<string, Record<string, number>> = splitFacetCounts(main.filters[FILTER_KEY]);
  used.forEach((f, i) => {
    counts[f.key] = splitFacetCounts(own[i]?.filters[FILTER_KEY])[f.key];
  });
  return { results: main.results, counts };
}
