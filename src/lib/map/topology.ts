// The committed outlines of the départements (src/data/departements.topo.json, written by
// `npm run geo`), read once with their shape checked: a JSON import has no type of its own.
import topologyData from '../../data/departements.topo.json' with { type: 'json' };
import type { DepartementsTopology } from './geo-build.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A TopoJSON topology whose `departements` object holds one geometry per département, named by its INSEE code. */
export function isDepartementsTopology(value: unknown): value is DepartementsTopology {
  if (!isObject(value) || value.type !== 'Topology' || !Array.isArray(value.arcs) || !isObject(value.objects)) return false;
  const departements = value.objects.departements;
  if (!isObject(departements) || departements.type !== 'GeometryCollection' || !Array.isArray(departements.geometries)) return false;
  return departements.geometries.every(
    (g: unknown) => isObject(g) && typeof g.id === 'string' && isObject(g.properties) && typeof g.properties.nom === 'string',
  );
}

export function readTopology(value: unknown): DepartementsTopology {
  if (!isDepartementsTopology(value)) throw new Error('src/data/departements.topo.json n’a pas la forme attendue : relancez npm run geo.');
  return value;
}

export const DEPARTEMENTS_TOPOLOGY: DepartementsTopology = readTopology(topologyData);
