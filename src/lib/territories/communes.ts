// The official list of communes is 8 MB: it is read only by the validator, in Node,
// and never bundled into pages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Commune {
  code: string;
  nom: string;
  departement: string;
}

let communes: Map<string, Commune> | undefined;

function load(): Map<string, Commune> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@etalab/decoupage-administratif/data/communes.json');
  const list = JSON.parse(readFileSync(file, 'utf8')) as Array<Commune & { type: string }>;
  return new Map(
    list
      .filter((c) => c.type === 'commune-actuelle')
      .map((c) => [c.code, { code: c.code, nom: c.nom, departement: c.departement }]),
  );
}

export function commune(code: string): Commune | undefined {
  communes ??= load();
  return communes.get(code);
}
