// The official list of communes, bundled into the relay (the Workers runtime has no disk):
// the same data the validator reads from disk, so a commune code is judged the same way.
import communesData from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' };
import type { CommuneFacts } from '../../src/lib/content/record-check.ts';

let communes: Map<string, CommuneFacts> | undefined;

export function commune(code: string): CommuneFacts | undefined {
  communes ??= new Map(
    (communesData as Array<CommuneFacts & { type: string }>)
      .filter((c) => c.type === 'commune-actuelle')
      .map((c) => [c.code, { code: c.code, nom: c.nom, departement: c.departement }]),
  );
  return communes.get(code);
}
