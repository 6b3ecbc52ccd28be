// Territory and theme hubs and « close » records, from the published records.
import { buildTerritoryHubs, buildThemeHubs, similarRecords, type HubRecord, type TerritoryHub } from '../lib/hubs.ts';
import { getAllRecords, getRelations, getThemes, type AnyRecord } from './records.ts';
import type { CollectionName } from '../schemas/index.ts';

/** The records as the pure hub functions see them (their data is a plain record of fields). */
type Hubbed = AnyRecord & HubRecord;

async function records(): Promise<Hubbed[]> {
  return (await getAllRecords()) as Hubbed[];
}

let territoryHubs: TerritoryHub<Hubbed>[] | undefined;

export async function getTerritoryHubs(): Promise<TerritoryHub<Hubbed>[]> {
  territoryHubs ??= buildTerritoryHubs(await records());
  return territoryHubs;
}

export async function getThemeHubs() {
  return buildThemeHubs(await getThemes(), await records());
}

/** A few records on the same territory or themes, not already linked from the record's page. */
export async function getSimilar(collection: CollectionName, id: string, limit = 4): Promise<AnyRecord[]> {
  const all = await records();
  const self = all.find((r) => r.collection === collection && r.id === id);
  if (!self) return [];
  const { outgoing, incoming } = await getRelations(collection, id);
  return similarRecords(self, all, [...outgoing, ...incoming], limit);
}
