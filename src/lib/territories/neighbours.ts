// Which départements touch each other, read from the shipped geometry: topojson's `neighbors`
// finds the polygons that share an arc, so adjacency follows the map the site draws
// (overseas départements have none). Computed once per build.
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DEPARTEMENTS_TOPOLOGY } from '../map/topology.ts';

export type Adjacency = ReadonlyMap<string, readonly string[]>;

/** Département code → codes of the départements sharing a border with it, sorted. */
export function adjacencyOf(topology: Topology, object = 'departements'): Map<string, string[]> {
  const collection = topology.objects[object] as GeometryCollection;
  const geometries = collection.geometries;
  const lists = neighbors(geometries);
  const out = new Map<string, string[]>();
  geometries.forEach((g, i) => {
    // topojson gives one list per geometry, each naming geometries of the same collection.
    const codes = lists[i]!.map((j) => String(geometries[j]!.id));
    out.set(String(g.id), codes.sort());
  });
  return out;
}

let cached: Map<string, string[]> | undefined;

/** Adjacency of the site's own map of départements. */
export function departementNeighbours(): Adjacency {
  cached ??= adjacencyOf(DEPARTEMENTS_TOPOLOGY);
  return cached;
}
