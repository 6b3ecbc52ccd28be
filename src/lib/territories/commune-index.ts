// Looking communes up, whatever holds the official list: the validator reads it from
// disk (communes.ts), the proposal relay on Workers searches a compact text made at
// build time (relay/src/communes-text.ts). The record rules only see this interface,
// so the same rules run in Node and in the Workers runtime.
import { foldName } from '../text/fold.ts';

export interface Commune {
  code: string;
  nom: string;
  departement: string;
  codesPostaux: readonly string[];
}

export interface CommuneIndex {
  /** The current commune with this INSEE code. */
  byCode(code: string): Commune | undefined;
  /** The communes a postal code serves (a postal code is not an INSEE code). */
  byPostalCode(code: string): readonly Commune[];
  /** Communes with this name, accents, case, ligatures and « St » aside (see foldName). */
  byName(name: string): readonly Commune[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** An index in memory over a list of communes. */
export function indexCommunes(list: Iterable<Commune>): CommuneIndex {
  const byCode = new Map<string, Commune>();
  const byPostalCode = new Map<string, Commune[]>();
  const byName = new Map<string, Commune[]>();
  for (const c of list) {
    byCode.set(c.code, c);
    for (const cp of c.codesPostaux) push(byPostalCode, cp, c);
    push(byName, foldName(c.nom), c);
  }
  return {
    byCode: (code) => byCode.get(code),
    byPostalCode: (code) => byPostalCode.get(code) ?? [],
    byName: (name) => byName.get(foldName(name)) ?? [],
  };
}
