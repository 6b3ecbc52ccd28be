// What a record page tells the search index beyond its text (facets, sort date),
// and the facet values the search page shows before any search.
import { facetCounts, searchFacets, type SearchFacets } from '../lib/search/search-facets.ts';
import { getAllRecords, getThemes, type AnyRecord } from './records.ts';
import { once } from './once.ts';

const themeTitles = once(async () => new Map((await getThemes()).map((t) => [t.id, t.titre])));

export async function getSearchFacets(record: AnyRecord): Promise<SearchFacets> {
  return searchFacets(record.collection, record.data, await themeTitles());
}

export async function getFacetCounts() {
  const all = await Promise.all((await getAllRecords()).map(getSearchFacets));
  return facetCounts(all);
}
