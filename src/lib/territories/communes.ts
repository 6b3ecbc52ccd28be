// The official list of communes is 8 MB: it is read only by the validator, in Node,
// and never bundled into pages. The rules see it through a CommuneIndex
// (commune-index.ts), which the proposal relay provides otherwise on Workers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { indexCommunes, type Commune, type CommuneIndex } from './commune-index.ts';

export type { Commune, CommuneIndex } from './commune-index.ts';

let loaded: { list: Commune[]; index: CommuneIndex } | undefined;

function load(): { list: Commune[]; index: CommuneIndex } {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@etalab/decoupage-administratif/data/communes.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as Array<Commune & { type: string; codesPostaux?: string[] }>;
  const list = all
    .filter((c) => c.type === 'commune-actuelle')
    .map((c) => ({ code: c.code, nom: c.nom, departement: c.departement, codesPostaux: c.codesPostaux ?? [] }));
  return { list, index: indexCommunes(list) };
}

/** The official list, read from disk on first use. */
export const communes: CommuneIndex = {
  byCode: (code) => (loaded ??= load()).index.byCode(code),
  byPostalCode: (code) => (loaded ??= load()).index.byPostalCode(code),
  byName: (name) => (loaded ??= load()).index.byName(name),
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

/** Every current commune, for the proposal form's commune finder (a JSON file built once). */
export function communeList(): Commune[] {
  return [...(loaded ??= load()).list];
}
