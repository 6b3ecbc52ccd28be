// Is a point inside a département? Answered with the département outlines the site
// already ships (src/data/departements.topo.json, simplified from Natural Earth),
// with a tolerance for that simplification: a point counts as inside when it is
// within TOLERANCE_KM of the outline.
import { geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { DEPARTEMENTS_TOPOLOGY } from '../map/topology.ts';

/** Simplified outlines cut corners and coasts by a few kilometres. */
export const TOLERANCE_KM = 8;
const EARTH_KM = 6371;

type Shape = Feature<Polygon | MultiPolygon, { nom: string }>;

let shapes: Map<string, Shape> | undefined;

function load(): Map<string, Shape> {
  const topology = DEPARTEMENTS_TOPOLOGY;
  const collection = feature(topology, topology.objects.departements) as FeatureCollection<Polygon | MultiPolygon, { nom: string }>;
  return new Map(collection.features.map((f) => [String(f.id), f as Shape]));
}

/** Distance in km from a point to a segment, on a local flat projection (fine at this scale). */
function segmentKm(p: Position, a: Position, b: Position): number {
  const k = Math.cos(((p[1] as number) * Math.PI) / 180);
  const ax = ((a[0] as number) - (p[0] as number)) * k;
  const ay = (a[1] as number) - (p[1] as number);
  const bx = ((b[0] as number) - (p[0] as number)) * k;
  const by = (b[1] as number) - (p[1] as number);
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
  const x = ax + t * dx;
  const y = ay + t * dy;
  return (Math.sqrt(x * x + y * y) * Math.PI * EARTH_KM) / 180;
}

/** Kilometres from a point to the nearest edge of the département (0 inside). */
export function distanceToDepartementKm(code: string, point: readonly [number, number]): number | undefined {
  shapes ??= load();
  const shape = shapes.get(code);
  if (!shape) return undefined;
  const p = [point[0], point[1]];
  if (geoContains(shape, p as [number, number])) return 0;
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1] as Position;
        const b = ring[i] as Position;
        // Skip segments clearly far away before the exact computation.
        if (geoDistance(p as [number, number], a as [number, number]) * EARTH_KM > best + 500) continue;
        best = Math.min(best, segmentKm(p, a, b));
      }
    }
  }
  return best;
}

/** True when the point is inside the département, allowing for the simplified outline. */
export function insideDepartement(code: string, point: readonly [number, number]): boolean | undefined {
  const d = distanceToDepartementKm(code, point);
  return d === undefined ? undefined : d <= TOLERANCE_KM;
}
