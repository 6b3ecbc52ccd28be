// What every record page gives its layout, computed in one place: the five record
// routes only add what is theirs (summary block, body, related lists, JSON-LD).
import { DESCRIPTORS, sectionHref, type CollectionName } from '../schemas/collections.ts';
import { lastUpdate } from '../lib/display/record-meta.ts';
import { miniMapCodes } from '../lib/map/mini-map.ts';
import { lastChange } from './feeds/shared.ts';
import { getRecordExtras, getSimilar } from './hubs.ts';
import { editUrl, getRecords, getRelations, recordDigest, recordUrl, refKey, typeLabel, type AnyRecord } from './records.ts';
import { getSearchFacets } from './search.ts';
import { withBase } from '../lib/site/paths.ts';
import { announcePage } from '../lib/site/announced-pages.ts';
import { pageKey } from '../lib/site/page-key.ts';
import { buildNow, isUpcoming } from '../lib/time/dates.ts';
import { isStale, lastCheck } from '../lib/content/freshness.ts';

/**
 * getStaticPaths of a record route: one page per published record, with the key that lets the
 * incremental build copy the page from its cache when none of this changed (src/lib/site/page-key.ts).
 * Each page is announced with its key and the records it shows, so that the search index can
 * index ahead the unchanged ones.
 */
export async function recordPaths<K extends CollectionName>(collection: K) {
  return Promise.all(
    (await getRecords(collection)).map(async (record) => {
      const page = await recordPage(record);
      const cacheKey = recordPageKey(record, page);
      const shown = [record, ...page.outgoing, ...page.incoming, ...page.similar].map((r) => refKey(r.collection, r.id));
      announcePage(recordUrl(record), cacheKey, shown);
      return { params: { slug: record.id }, props: { record, page }, cacheKey };
    }),
  );
}

/**
 * The key of a record page: the record, the records it links to and that link to it (their
 * titles, summaries and facts appear on the page), and all that recordPage() decided for it
 * (close records, territories, themes, search facets, whether it is due for a check or over).
 */
export function recordPageKey(record: AnyRecord, page: RecordPageData): string {
  const related = (list: readonly AnyRecord[]) => list.map((r) => [r.collection, r.id, recordDigest(r)]);
  return pageKey(recordDigest(record), page.layout, page.over, related(page.outgoing), related(page.incoming));
}

/** What recordPage() gives a record route, computed once with its key by recordPaths(). */
export type RecordPageData = Awaited<ReturnType<typeof recordPage>>;

/**
 * Everything a record page shows that does not come from its route's code. What depends on the
 * time of the build (a record due for a check, an event that is over) is decided here too, so
 * that the page's key covers it.
 */
export async function recordPage(record: AnyRecord, now = buildNow()) {
  const collection = record.collection;
  const data = record.data;
  const [similar, relations, search] = await Promise.all([
    getSimilar(collection, record.id),
    getRelations(collection, record.id),
    getSearchFacets(record),
  ]);
  const extras = await getRecordExtras(collection, record.id, similar);
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
      stale: isStale(data, now) ? lastCheck(data) : undefined,
      departements: miniMapCodes(data as Parameters<typeof miniMapCodes>[0]),
      extras,
      modified: lastChange(data),
      search,
    },
    outgoing: relations.outgoing,
    incoming: relations.incoming,
    /** Close records, shown as cards (their titles and summaries are in `layout.extras`). */
    similar,
    /** An event whose end has passed. */
    over: record.collection === 'evenements' && !isUpcoming(record.data.fin, now),
  };
}
