// npm run generate -- --records N --out DIR [--seed S]
// Writes a synthetic corpus (for benchmarks) that passes `npm run validate`.
// Never commit its output: it is fake content.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { geoCentroid } from 'd3-geo';
import { parse } from 'yaml';
import departementsData from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import { commune } from '../src/lib/territories/communes.ts';
import { generateCorpus, type Place } from './lib/corpus.ts';
import { departementFeatures } from '../src/lib/map/map-features.ts';
import { DEPARTEMENTS } from '../src/lib/territories/territoires.ts';
import { COLLECTIONS } from '../src/schemas/collections.ts';
import { DEPARTEMENTS_TOPOLOGY } from '../src/lib/map/topology.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** One place per département: its chef-lieu and the centroid of its shape. */
export function places(): Place[] {
  const features = new Map(departementFeatures({ departements: DEPARTEMENTS_TOPOLOGY }).features.map((f) => [f.properties.code, f]));
  return DEPARTEMENTS.map((d) => {
    const chefLieu = departementsData.find((x) => x.code === d.code)?.chefLieu ?? '';
    const c = commune(chefLieu);
    const feature = features.get(d.code);
    if (!c || !feature) throw new Error(`Pas de chef-lieu ou de contour pour le département ${d.code}`);
    const [lon, lat] = geoCentroid(feature);
    return {
      departement: d.code,
      region: d.region,
      commune: { code: c.code, nom: c.nom },
      point: [Number(lon.toFixed(4)), Number(lat.toFixed(4))],
    };
  });
}

export function writeCorpus(records: number, out: string, seed = 1): number {
  const themes = (parse(readFileSync(path.join(ROOT, 'content/themes.yaml'), 'utf8')) as Array<{ id: string }>).map((t) => t.id);
  const files = generateCorpus({ records, seed, themes, places: places() });
  rmSync(out, { recursive: true, force: true });
  for (const c of COLLECTIONS) mkdirSync(path.join(out, c), { recursive: true });
  copyFileSync(path.join(ROOT, 'content/themes.yaml'), path.join(out, 'themes.yaml'));
  writeFileSync(path.join(out, 'chiffres.yaml'), '[]\n');
  for (const f of files) writeFileSync(path.join(out, f.path), f.text);
  return files.length;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { records: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  const records = Number(values.records);
  // At least one record of each collection.
  if (!Number.isInteger(records) || records < COLLECTIONS.length || !values.out) {
    console.error(`Utilisation : npm run generate -- --records N --out DOSSIER [--seed S]   (N ≥ ${COLLECTIONS.length})`);
    process.exit(1);
  }
  const out = path.resolve(values.out);
  if (out === path.join(ROOT, 'content') || out.startsWith(path.join(ROOT, 'content') + path.sep)) {
    console.error('Refusé : le corpus synthétique ne doit jamais être écrit dans content/.');
    process.exit(1);
  }
  const n = writeCorpus(records, out, Number(values.seed));
  console.log(`${n} fiches synthétiques écrites dans ${out}`);
}
