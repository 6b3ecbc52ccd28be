// What a record page tells the search index beyond its text (facets, sort date).
import { searchFacets, type SearchFacets } from '../lib/search-facets.ts';
import type { CollectionName } from '../schemas/index.ts';
import { getThemes, type AnyRecord } from './records.ts';

let themeTitles: Map<string, string> | undefined;

export async function getSearchFacets(record: AnyRecord): Promise<SearchFacets> {
  themeTitles ??= new Map((await getThemes()).map((t) => [t.id, t.titre]));
  return searchFacets(record.collection as CollectionName, record.data as Record<string, unknown>, themeTitles);
}
