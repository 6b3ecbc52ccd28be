// The official list of communes is 8 MB: it is read only by the validator, in Node,
// and never bundled into pages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Commune {
  code: string;
  nom: string;
  departement: string;
  codesPostaux: readonly string[];
}

interface Index {
  byCode: Map<string, Commune>;
  byPostalCode: Map<string, Commune[]>;
  byName: Map<string, Commune[]>;
}

let index: Index | undefined;

/** A name folded for comparison: no accents, case, hyphens, apostrophes or « Saint »/« St » difference. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`-]/g, ' ')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .replace(/[^a-z0-9]+/g, '');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function load(): Index {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@etalab/decoupage-administratif/data/communes.json');
  const list = JSON.parse(readFileSync(file, 'utf8')) as Array<Commune & { type: string; codesPostaux?: string[] }>;
  const built: Index = { byCode: new Map(), byPostalCode: new Map(), byName: new Map() };
  for (const c of list) {
    if (c.type !== 'commune-actuelle') continue;
    const commune: Commune = { code: c.code, nom: c.nom, departement: c.departement, codesPostaux: c.codesPostaux ?? [] };
    built.byCode.set(c.code, commune);
    for (const cp of commune.codesPostaux) push(built.byPostalCode, cp, commune);
    push(built.byName, foldName(c.nom), commune);
  }
  return built;
}

export function commune(code: string): Commune | undefined {
  index ??= load();
  return index.byCode.get(code);
}

/** The communes a postal code serves (a postal code is not an INSEE code). */
export function communesByPostalCode(code: string): readonly Commune[] {
  index ??= load();
  return index.byPostalCode.get(code) ?? [];
}

/** Communes with this name, accents and case aside. */
export function communesByName(name: string): readonly Commune[] {
  index ??= load();
  return index.byName.get(foldName(name)) ?? [];
}
