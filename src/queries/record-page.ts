// What every record page gives its layout, computed in one place: the five record
// routes only add what is theirs (summary block, body, related lists, JSON-LD).
import type { CollectionName } from '../schemas/index.ts';
import { lastUpdate } from '../lib/record-meta.ts';
import { miniMapCodes } from '../lib/mini-map.ts';
import { lastChange } from './feeds.ts';
import { createHash } from 'node:crypto';
import { getRecordExtras } from './hubs.ts';
import { editUrl, getRecords, getRelations, getThemes, typeLabel, type AnyRecord, type RecordOf } from './records.ts';
import { buildNow, isUpcoming, type Moment } from '../lib/dates.ts';
import { isStale } from '../lib/freshness.ts';
import { SITE } from '../site-config.ts';
import { getSearchFacets } from './search.ts';

const SECTIONS: Record<CollectionName, { href: string; label: string }> = {
  cooperations: { href: '/cooperations/', label: 'Coopérations' },
  acteurs: { href: '/acteurs/', label: 'Acteurs' },
  temoignages: { href: '/temoignages/', label: 'Témoignages' },
  pratiques: { href: '/pratiques/', label: 'Pratiques' },
  evenements: { href: '/evenements/', label: 'Agenda' },
};

/** getStaticPaths of a record route: one page per published record. */
export async function recordPaths<K extends CollectionName>(collection: K) {
  const records = await getRecords(collection);
  return Promise.all(records.map(async (record) => ({ params: { slug: record.id }, props: { record }, cacheKey: await pageKey(record) })));
}

/**
 * What a record page shows that does not come from its own file: the records it lists
 * (linked, linking, close), the theme names, the site's addresses and what the date of
 * the build changes (an event that is over, a record not checked for 18 months). Astro's
 * incremental build re-renders a page only when this key, its file or the code changes.
 */
async function pageKey(record: AnyRecord): Promise<string> {
  const collection = record.collection as CollectionName;
  const [relations, extras, themes] = await Promise.all([getRelations(collection, record.id), getRecordExtras(collection, record.id), getThemes()]);
  const shown = [...relations.outgoing, ...relations.incoming, ...extras.similarRecords].map((r) => `${r.collection}/${r.id}@${String(r.digest)}`);
  const now = buildNow();
  const data = record.data as { fin?: Moment; publie_le: Date; mis_a_jour_le?: Date; verifie_le?: Date };
  const parts = [
    String(record.digest),
    shown,
    themes.map((t) => `${t.id}=${t.titre}`),
    isStale(data, now),
    data.fin ? isUpcoming(data.fin, now) : null,
    SITE.url,
    SITE.depot,
    SITE.branche,
  ];
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex');
}

export async function recordPage(record: AnyRecord) {
  const collection = record.collection as CollectionName;
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
      section: SECTIONS[collection],
      type: typeLabel(collection),
      sources: data.sources,
      updated: lastUpdate(data),
      editUrl: editUrl(record),
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

export type { RecordOf };
