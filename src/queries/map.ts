// Records as the map needs them: where they are (départements, coordinates) and what they are.
import { DEPARTEMENTS_TOPOLOGY } from '../lib/map/topology.ts';
import { buildMapPayload, markersFor, summariseDepartements, type DepartementSummary, type MapRecord } from '../lib/map/map-data.ts';
import type { MapPayload } from '../lib/map/map-features.ts';
import type { MapMarker } from '../lib/map/france-map.ts';
import { getAllRecords, getThemes } from './records.ts';
import { once } from './once.ts';

export const topology = DEPARTEMENTS_TOPOLOGY;

/** Every published record, reduced to what the maps show. */
export const getMapRecords: () => Promise<MapRecord[]> = once(async () =>
  (await getAllRecords()).map((r) => {
    const data = r.data;
    return {
      collection: r.collection,
      id: r.id,
      titre: data.titre,
      themes: data.themes,
      departements: data.departements,
      coordonnees: 'lieu' in data ? data.lieu?.coordonnees : undefined,
    };
  }),
);

export interface MapSummary {
  departements: DepartementSummary[];
  markers: MapMarker[];
  /** Records that name at least one département. */
  records: number;
}

/** The static map's data: départements with their counts, and the records' points. */
export async function getMapSummary(): Promise<MapSummary> {
  const records = await getMapRecords();
  return {
    departements: summariseDepartements(records),
    markers: markersFor(records),
    records: records.filter((r) => r.departements.length > 0).length,
  };
}

/** The interactive map's data file. */
export async function getMapPayload(): Promise<MapPayload> {
  return buildMapPayload(await getMapRecords(), await getThemes(), topology);
}
