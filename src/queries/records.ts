// The only module that reads astro:content: published records, sorted, and the
// links between them (both ways), computed once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, DESCRIPTORS, type CollectionName } from '../schemas/index.ts';
import { isPublished } from '../schemas/collections.ts';
import { collectLinks, type RecordRef } from '../lib/content/links.ts';
import { sourceName } from '../lib/content/sources.ts';
import { cardMeta } from '../lib/display/record-meta.ts';
import { STATUTS_EVENEMENT } from '../schemas/evenements.ts';
import { SITE } from '../site-config.ts';
import type { CardItem } from '../lib/display/record-meta.ts';
import { withBase } from '../lib/site/paths.ts';
import { pageKey } from '../lib/site/page-key.ts';
import { once } from './once.ts';

export type AnyRecord = { [K in CollectionName]: CollectionEntry<K> }[CollectionName];
export type RecordOf<K extends CollectionName> = CollectionEntry<K>;

/**
 * Drafts, and records their descriptor keeps back (an unanswered question), are built by
 * `astro dev` only.
 */
const published = (e: AnyRecord) => import.meta.env.DEV || (!e.data.brouillon && isPublished(e));

// Promises, not values, so that callers arriving together share one load (./once.ts).
const cache = new Map<CollectionName, Promise<AnyRecord[]>>();

export function getRecords<K extends CollectionName>(name: K): Promise<RecordOf<K>[]> {
  let list = cache.get(name);
  if (!list) {
    list = getCollection(name, published).then((entries: RecordOf<K>[]) =>
      entries.sort((a, b) => a.data.titre.localeCompare(b.data.titre, 'fr')),
    );
    cache.set(name, list);
  }
  // The cache holds, under each name, that collection's records.
  return list as Promise<RecordOf<K>[]>;
}

/** Every published record; the same array on every call, so that indexes built on it are reused. */
export const getAllRecords: () => Promise<AnyRecord[]> = once(async () =>
  (await Promise.all(COLLECTIONS.map((c) => getRecords(c)))).flat(),
);

/** `acteurs/foyer-rural`: a record's name, as among the sources of the pages. */
export const refKey = (collection: CollectionName, id: string) => sourceName(collection, id);

export const getRecordIndex: () => Promise<Map<string, AnyRecord>> = once(
  async () => new Map((await getAllRecords()).map((r) => [refKey(r.collection, r.id), r])),
);

let links: ReturnType<typeof collectLinks> | undefined;

/** Records that a record points to, and records that point to it, resolved. */
export async function getRelations(collection: CollectionName, id: string) {
  const idx = await getRecordIndex();
  links ??= collectLinks([...idx.values()]);
  const resolve = (refs: readonly RecordRef[]) =>
    refs.map((r) => idx.get(refKey(r.collection, r.id))).filter((r): r is AnyRecord => r !== undefined);
  const key = refKey(collection, id);
  return {
    outgoing: resolve(links.outgoing.get(key) ?? []),
    incoming: resolve(links.incoming.get(key) ?? []),
  };
}

/** What a record's own file is made of: Astro's digest of its header and text (src/content.config.ts). */
export function recordDigest(record: AnyRecord): string {
  return record.digest === undefined ? pageKey(record.data, record.body, record.rendered?.html) : String(record.digest);
}

export function recordUrl(r: { collection: string; id: string }): string {
  return withBase(`/${r.collection}/${r.id}/`);
}

export function typeLabel(collection: CollectionName): string {
  return DESCRIPTORS[collection].type;
}

export const getThemes: () => Promise<Array<CollectionEntry<'themes'>['data']>> = once(async () =>
  (await getCollection('themes')).map((t) => t.data),
);

export async function getChiffres() {
  return (await getCollection('chiffres')).map((c) => c.data);
}

/** What a card shows for any record. */
export function toCard(r: AnyRecord): CardItem {
  return {
    href: recordUrl(r),
    title: r.data.titre,
    type: typeLabel(r.collection),
    summary: r.data.resume,
    meta: cardMeta(r),
    alert: r.collection === 'evenements' && r.data.statut !== 'prevu' ? STATUTS_EVENEMENT[r.data.statut] : undefined,
    contact: r.collection === 'acteurs' || r.collection === 'cooperations' ? r.data.contact : undefined,
  };
}

/** The file of a record in the public repository, opened in GitHub's editor. */
export function editUrl(r: AnyRecord): string {
  const file = r.filePath ? r.filePath.split(/[\\/]/).pop() : `${r.id}.md`;
  return `${SITE.depot}/edit/${SITE.branche}/content/${r.collection}/${file}`;
}
