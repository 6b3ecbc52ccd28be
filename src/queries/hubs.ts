// Territory and theme hubs and « close » records, from the published records.
import {
  buildTerritoryHubs,
  buildThemeHubs,
  similarRecords,
  territoryLinks,
  themePath,
  type TerritoryHub,
} from '../lib/territories/hubs.ts';
import { departementNeighbours } from '../lib/territories/neighbours.ts';
import { getAllRecords, getRecordIndex, getRelations, getThemes, recordDigest, refKey, toCard, type AnyRecord } from './records.ts';
import { upcomingCount } from './events.ts';
import { pageKey } from '../lib/site/page-key.ts';
import { once } from './once.ts';
import type { CardItem } from '../lib/display/record-meta.ts';
import type { CollectionName } from '../schemas/index.ts';

const records = getAllRecords;

export const getTerritoryHubs: () => Promise<TerritoryHub<AnyRecord>[]> = once(async () =>
  buildTerritoryHubs(await records(), departementNeighbours()),
);

/** Kept as promises, like once(): the page, the feed and the calendar of a hub share one key. */
const hubKeys = new Map<string, Promise<string>>();

async function computeHubKey(hub: TerritoryHub<AnyRecord>): Promise<string> {
  const refs = (list: readonly AnyRecord[]) => list.map((r) => [r.collection, r.id, recordDigest(r)]);
  const { local, regional, inRegion, nearby, national, ...territory } = hub;
  const upcoming = await upcomingCount([...local, ...regional]);
  return pageKey(territory, refs(local), refs(regional), refs(inRegion), refs(nearby), refs(national), upcoming);
}

/**
 * The key of a territory hub's page, news feed and calendar (src/lib/site/page-key.ts): its
 * territories and links, every record it lists, and how many of its events are still to come.
 */
export function territoryHubKey(hub: TerritoryHub<AnyRecord>): Promise<string> {
  let key = hubKeys.get(hub.slug);
  if (key === undefined) {
    key = computeHubKey(hub);
    hubKeys.set(hub.slug, key);
  }
  return key;
}

export async function getThemeHubs() {
  return buildThemeHubs(await getThemes(), await records());
}

/** A few records on the same territory or themes, not already linked from the record's page. */
export async function getSimilar(collection: CollectionName, id: string, limit = 4): Promise<AnyRecord[]> {
  const all = await records();
  const self = (await getRecordIndex()).get(refKey(collection, id));
  if (!self) return [];
  const { outgoing, incoming } = await getRelations(collection, id);
  return similarRecords(self, all, [...outgoing, ...incoming], limit);
}

export interface RecordExtras {
  themes: Array<{ href: string; label: string }>;
  territories: Array<{ href: string; label: string }>;
  /** Close records not already linked: same territory first, then shared themes. */
  similar: CardItem[];
}

/**
 * What every record page adds under its summary and in « En lien avec cette fiche », with its
 * close records (getSimilar(), which the caller also needs).
 */
export async function getRecordExtras(collection: CollectionName, id: string, similar: readonly AnyRecord[]): Promise<RecordExtras> {
  const self = (await getRecordIndex()).get(refKey(collection, id));
  if (!self) return { themes: [], territories: [], similar: [] };
  const themes = await getThemes();
  const names = new Map(themes.map((t) => [t.id, t.titre]));
  return {
    themes: self.data.themes.map((t) => ({ href: themePath(t), label: names.get(t) ?? t })),
    territories: territoryLinks(self.data).map((t) => ({ href: t.href, label: t.kind === 'departement' ? `${t.nom} (${t.code})` : t.nom })),
    similar: similar.map(toCard),
  };
}
