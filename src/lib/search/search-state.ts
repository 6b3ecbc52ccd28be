// The search page's state and its URL (`/recherche/?q=…&theme=…&type=…`), so that a
// search can be shared, reloaded and walked through with back and forward.
// Pure: used by the page's script and tested here.

/** Facets, in the order the page shows them, with their URL parameter (= Pagefind filter name). */
export const FACETS = [
  { key: 'type', label: 'Type de ressource' },
  { key: 'theme', label: 'Thème' },
  { key: 'region', label: 'Région' },
  { key: 'departement', label: 'Département' },
  { key: 'annee', label: 'Année' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export type Sort = 'pertinence' | 'date';

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  /** Explicit choice only; `effectiveSort` gives what applies. */
  tri?: Sort | undefined;
}

const KEYS = FACETS.map((f) => f.key);

export function emptyFilters(): Record<FacetKey, string[]> {
  // Written out: a facet added to FACETS without its empty list here is a type error.
  return { type: [], theme: [], region: [], departement: [], annee: [] };
}

export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const k of KEYS) {
    filters[k] = [
      ...new Set(
        params
          .getAll(k)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
  }
  const tri = params.get('tri');
  return {
    // Collapse what people type or paste (line breaks, runs of spaces).
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    filters,
    tri: tri === 'date' || tri === 'pertinence' ? tri : undefined,
  };
}

/** The query string, without the `?`, in a stable order so that equal states give equal URLs. */
export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const k of KEYS) for (const v of [...state.filters[k]].sort((a, b) => a.localeCompare(b, 'fr'))) params.append(k, v);
  if (state.tri) params.set('tri', state.tri);
  return params.toString();
}

/** Without words there is no relevance: browsing lists the most recent first. */
export function effectiveSort(state: SearchState): Sort {
  return state.tri ?? (state.q ? 'pertinence' : 'date');
}

export function toggleFilter(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = state.filters[key].filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [key]: on ? [...current, value] : current } };
}

/**
 * The index keeps every facet in one Pagefind filter, `f`, with values such as
 * « type:Pratique »: a first search then loads one filter file instead of five.
 */
export const FILTER_KEY = 'f';

export function facetValue(key: FacetKey, value: string): string {
  return `${key}:${value}`;
}

type FilterClause = Record<string, { any: string[] }>;

/** Pagefind's filter object: any value within a facet, every facet together. */
export function pagefindFilters(filters: Record<FacetKey, string[]>, except?: FacetKey): { all: FilterClause[] } | Record<string, never> {
  const all = KEYS.filter((k) => k !== except && filters[k].length > 0).map((k) => ({
    [FILTER_KEY]: { any: filters[k].map((v) => facetValue(k, v)) },
  }));
  return all.length ? { all } : {};
}

/** Pagefind's counts for `f` (« type:Pratique » → 3), back into counts per facet. */
export function splitFacetCounts(counts: Record<string, number> | undefined): Record<FacetKey, Record<string, number>> {
  const out = Object.fromEntries(KEYS.map((k) => [k, {}])) as Record<FacetKey, Record<string, number>>;
  for (const [v, n] of Object.entries(counts ?? {})) {
    const i = v.indexOf(':');
    const key = v.slice(0, i) as FacetKey;
    if (i > 0 && KEYS.includes(key)) out[key][v.slice(i + 1)] = n;
  }
  return out;
}

/** « 1 résultat », « 12 résultats », « Aucun résultat ». */
export function resultCountText(n: number): string {
  if (n === 0) return 'Aucun résultat';
  return `${new Intl.NumberFormat('fr-FR').format(n)} résultat${n > 1 ? 's' : ''}`;
}

/** Facet values in display order: years newest first, everything else alphabetically. */
export function sortValues(key: FacetKey, values: string[]): string[] {
  return key === 'annee' ? [...values].sort((a, b) => b.localeCompare(a)) : [...values].sort((a, b) => a.localeCompare(b, 'fr'));
}
