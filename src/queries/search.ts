// What a record page tells the search index beyond its text (facets, sort date),
// and the facet values the search page shows before any search.
import { facetCounts, searchFacets, type SearchFacets } from '../lib/search/search-facets.ts';
import { getAllRecords, getThemes, type AnyRecord } from './records.ts';

let themeTitles: Map<string, string> | undefined;

export async function getSearchFacets(record: AnyRecord): Promise<SearchFacets> {
  themeTitles ??= new Map((await getThemes()).map((t) => [t.id, t.titre]));
  return searchFacets(record.collection, record.data, themeTitles);
}

export async function getFacetCounts() {
  const all = await Promise.all((await getAllRecords()).map(getSearchFacets));
  return facetCounts(all);
}
