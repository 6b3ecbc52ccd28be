// The official list of communes is 8 MB: it is read only by the validator, in Node,
// and never bundled into pages. The rules see it through a CommuneIndex
// (commune-index.ts), which the proposal relay provides otherwise on Workers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { indexCommunes, type Commune, type CommuneIndex } from './commune-index.ts';

export { foldName, type Commune, type CommuneIndex } from './commune-index.ts';

let index: CommuneIndex | undefined;

function load(): CommuneIndex {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@etalab/decoupage-administratif/data/communes.json');
  const list = JSON.parse(readFileSync(file, 'utf8')) as Array<Commune & { type: string; codesPostaux?: string[] }>;
  return indexCommunes(list.filter((c) => c.type === 'commune-actuelle').map((c) => ({ code: c.code, nom: c.nom, departement: c.departement, codesPostaux: c.codesPostaux ?? [] })));
}

/** The official list, read from disk on first use. */
export const communes: CommuneIndex = {
  byCode: (code) => (index ??= load()).byCode(code),
  byPostalCode: (code) => (index ??= load()).byPostalCode(code),
  byName: (name) => (index ??= load()).byName(name),
};

export function commune(code: string): Commune | undefined {
  return communes.byCode(code);
}

/** The communes a postal code serves (a postal code is not an INSEE code). */
export function communesByPostalCode(code: string): readonly Commune[] {
  return communes.byPostalCode(code);
}

/** Communes with this name, accents and case aside. */
export function communesByName(name: string): readonly Commune[] {
  return communes.byName(name);
}
