// Prints the size of the interactive map's data file (/carte/donnees.json) for 10,000 records,
// against its budget (200 KB gzip), and of the static maps. Figures only: no pass/fail.
// Usage: node scripts/bench-map.ts [number of records]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { renderFranceMap } from '../src/lib/map/france-map.ts';
import type { DepartementsTopology } from '../src/lib/map/geo-build.ts';
import { buildMapPayload, MAP_TYPES, markersFor, shadingFor, summariseDepartements, type MapRecord } from '../src/lib/map/map-data.ts';
import { DEPARTEMENTS } from '../src/lib/territories/territoires.ts';

const topology = JSON.parse(readFileSync(new URL('../src/data/departements.topo.json', import.meta.url), 'utf8')) as DepartementsTopology;
const n = Number(process.argv[2] ?? 10_000);
const themes = ['isolement-social', 'equipes-citoyennes', 'gouvernance', 'partenariats', 'formation'].map((id) => ({ id, titre: id }));

// Deterministic pseudo-random words, so that titles compress like real, varied ones rather than a repeated pattern.
let seed = 42;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const WORDS =
  'coopération acteurs commune isolement aînés équipe citoyenne centre social association bénévoles visite lien rural quartier repas mobilité partage réseau mairie solidarité voisins'.split(
    ' ',
  );
const words = (k: number) => Array.from({ length: k }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');

// Only cooperations and events have a place (`lieu.coordonnees`): two records in five here.
// BENCH_WORST=1 gives every record a point, which the schemas do not allow.
const worstCase = process.env.BENCH_WORST === '1';
const records: MapRecord[] = Array.from({ length: n }, (_, i) => {
  const titre = `${words(3 + Math.floor(rand() * 6))} ${i}`;
  const departements = [DEPARTEMENTS[Math.floor(rand() * DEPARTEMENTS.length)]!.code];
  return {
    collection: MAP_TYPES[i % MAP_TYPES.length]!.id as MapRecord['collection'],
    id: titre
      .normalize('NFD')
      .replace(/[^a-z0-9 ]/g, '')
      .replace(/ +/g, '-'),
    titre: titre.charAt(0).toUpperCase() + titre.slice(1),
    themes: themes.filter(() => rand() < 0.4).map((t) => t.id),
    departements,
    coordonnees:
      worstCase || i % MAP_TYPES.length === 0 || i % MAP_TYPES.length === 4 ? [-4.5 + rand() * 12, 42.5 + rand() * 8.5] : undefined,
  };
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
const json = JSON.stringify(buildMapPayload(records, themes, topology));
console.log(
  `donnees.json, ${n} fiches ${worstCase ? '(toutes avec un point)' : '(coopérations et événements avec un point : 2 sur 5)'} : ${kb(json.length)}, ${kb(gzipSync(json).length)} gzip (budget 200 Ko gzip)`,
);
const outlines = JSON.stringify(buildMapPayload([], themes, topology));
console.log(`  dont contours des départements : ${kb(gzipSync(outlines).length)} gzip`);

const summaries = summariseDepartements(records);
const full = renderFranceMap(topology, shadingFor(summaries), markersFor(records.slice(0, 200)), {
  width: 800,
  links: true,
  title: 'Carte',
  idPrefix: 'carte',
});
console.log(
  `carte SVG de /carte/ (101 départements liés, 200 repères) : ${kb(full.length)}, ${kb(gzipSync(full).length)} gzip (budget 60 Ko gzip)`,
);
const mini = renderFranceMap(topology, {}, [], { width: 160, links: false, title: 'Gironde', idPrefix: 'mini', highlight: ['33'] });
console.log(`mini-carte d’une fiche : ${kb(mini.length)} (budget 15 Ko)`);
