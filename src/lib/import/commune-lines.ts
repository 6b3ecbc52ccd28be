// The official list of communes as compact text for the import page (« code|nom|département|cp cp »
// lines, about a third of the JSON's size), and back into the validator's CommuneIndex.
import { indexCommunes, type Commune, type CommuneIndex } from '../territories/commune-index.ts';

export function communeLines(list: readonly Commune[]): string {
  return list.map((c) => `${c.code}|${c.nom}|${c.departement}|${c.codesPostaux.join(' ')}`).join('\n');
}

export function communeIndexFromLines(text: string): CommuneIndex {
  const list: Commune[] = [];
  for (const line of text.split('\n')) {
    const [code, nom, departement, postal] = line.split('|');
    if (code && nom && departement) list.push({ code, nom, departement, codesPostaux: (postal ?? '').split(' ').filter(Boolean) });
  }
  return indexCommunes(list);
}
