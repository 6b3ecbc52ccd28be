// The commune of a row, found as people give it: by name, by postal code, by both, or
// by its official code, in the same list of communes as the validator (a CommuneIndex).
// The official code is filled in, and the département when the row has none.
import type { Commune, CommuneIndex } from '../territories/commune-index.ts';
import { foldName } from '../text/fold.ts';

export interface CommuneGiven {
  nom?: string;
  codePostal?: string;
  codeInsee?: string;
  /** The row's départements, to tell apart communes of the same name. */
  departements: readonly string[];
}

export type CommuneFound =
  { ok: true; commune: Commune } | { ok: false; message: string; column: 'lieu_commune' | 'code_postal' | 'lieu_code_insee' };

export function findCommune(given: CommuneGiven, index: CommuneIndex): CommuneFound | undefined {
  const nom = given.nom?.trim() ?? '';
  const cp = given.codePostal?.trim() ?? '';
  const insee = given.codeInsee?.trim().toUpperCase() ?? '';
  if (insee) {
    const c = index.byCode(insee.padStart(5, '0'));
    if (c) return { ok: true, commune: c };
    return {
      ok: false,
      column: 'lieu_code_insee',
      message: `« ${insee} » n’est le code officiel d’aucune commune : laissez cette colonne vide, la commune et le code postal suffisent`,
    };
  }
  if (!nom && !cp) return undefined;
  if (cp) {
    const postal = cp.padStart(5, '0');
    const served = index.byPostalCode(postal);
    if (served.length === 0)
      return { ok: false, column: 'code_postal', message: `« ${cp} » n’est pas un code postal connu : vérifiez-le (5 chiffres)` };
    const named = nom ? served.filter((c) => foldName(c.nom) === foldName(nom)) : served;
    if (named.length === 1) return { ok: true, commune: named[0]! };
    if (nom && named.length === 0) {
      return {
        ok: false,
        column: 'lieu_commune',
        message: `aucune commune « ${nom} » n’a le code postal ${postal} (il dessert : ${served.map((c) => c.nom).join(', ')}) : corrigez la commune ou le code postal`,
      };
    }
    return {
      ok: false,
      column: 'lieu_commune',
      message: `le code postal ${postal} dessert plusieurs communes (${served.map((c) => c.nom).join(', ')}) : écrivez aussi le nom de la commune`,
    };
  }
  const all = index.byName(nom);
  const inRow = given.departements.length ? all.filter((c) => given.departements.includes(c.departement)) : all;
  const list = inRow.length ? inRow : all;
  if (list.length === 1) return { ok: true, commune: list[0]! };
  if (list.length === 0)
    return {
      ok: false,
      column: 'lieu_commune',
      message: `aucune commune ne s’appelle « ${nom} » : vérifiez l’orthographe, ou ajoutez une colonne « Code postal »`,
    };
  return {
    ok: false,
    column: 'lieu_commune',
    message: `plusieurs communes s’appellent « ${nom} » (départements ${list.map((c) => c.departement).join(', ')}) : ajoutez une colonne « Code postal » ou « Département »`,
  };
}
