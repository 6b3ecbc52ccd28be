// What every record page gives its layout, computed in one place: the five record
// routes only add what is theirs (summary block, body, related lists, JSON-LD).
import { DESCRIPTORS, sectionHref, type CollectionName } from '../schemas/collections.ts';
import { lastUpdate } from '../lib/display/record-meta.ts';
import { miniMapCodes } from '../lib/map/mini-map.ts';
import { lastChange } from './feeds/shared.ts';
import { getRecordExtras } from './hubs.ts';
import { editUrl, getRecords, getRelations, typeLabel, type AnyRecord } from './records.ts';
import { getSearchFacets } from './search.ts';
import { withBase } from '../lib/site/paths.ts';

/** getStaticPaths of a record route: one page per published record. */
export async function recordPaths<K extends CollectionName>(collection: K) {
  return (await getRecords(collection)).map((record) => ({ params: { slug: record.id }, props: { record } }));
}

export async function recordPage(record: AnyRecord) {
  const collection = record.collection;
  const data = record.data;
  const [extras, relations, search] = await Promise.all([
    getRecordExtras(collection, record.id),
    getRelations(collection, record.id),
    getSearchFacets(record),
  ]);
  return {
    /** Props of RecordLayout that every record has. */
    layout: {
      title: data.titre,
      summary: data.resume,
      section: { href: withBase(sectionHref(collection)), label: DESCRIPTORS[collection].titre },
      type: typeLabel(collection),
      sources: data.sources,
      updated: lastUpdate(data),
      editUrl: editUrl(record),
      formUrl: withBase(`/contribuer/proposer/${collection}/?fiche=${encodeURIComponent(record.id)}`),
      checked: data,
      departements: miniMapCodes(data as Parameters<typeof miniMapCodes>[0]),
      extras,
      modified: lastChange(data),
      search,
    },
    outgoing: relations.outgoing,
    incoming: relations.incoming,
  };
}
