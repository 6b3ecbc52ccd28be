// A place names its commune twice, by name and by INSEE code, and its département:
// the three must agree with the official list (@etalab/decoupage-administratif),
// and a postal code typed instead of the INSEE code is recognised and explained.
import type { Commune } from '../../territories/commune-index.ts';
import { foldName } from '../../text/fold.ts';
import { departement } from '../../territories/territoires.ts';
import { lineOf } from '../positions.ts';
import type { Problem } from '../problem.ts';
import type { RecordRule } from './types.ts';

interface Lieu {
  commune: string;
  code_insee?: string;
  departement?: string;
}

const names = (list: readonly Commune[]) => list.map((c) => c.nom).slice(0, 4).join(', ') + (list.length > 4 ? '…' : '');

export const communeConsistency: RecordRule = (record, { communes }) => {
  const lieu = record.data.lieu as Lieu | undefined;
  if (!lieu?.code_insee) return [];
  const problems: Problem[] = [];
  const at = (...path: string[]) => lineOf(record.at, ['lieu', ...path]);
  const report = (field: string, message: string) => problems.push({ file: record.file, line: at(field), field: `lieu.${field}`, message });
  const named = communes.byName(lieu.commune);
  // The commune the name designates, when only one has it.
  const only = named.length === 1 ? named[0] : undefined;
  const c = communes.byCode(lieu.code_insee);
  if (!c) {
    const served = communes.byPostalCode(lieu.code_insee);
    const match = served.find((s) => named.includes(s)) ?? (served.length === 1 ? served[0] : undefined);
    if (served.length) {
      report(
        'code_insee',
        `« ${lieu.code_insee} » est un code postal (${names(served)}), pas le code INSEE de la commune` +
          (match ? ` : le code INSEE de ${match.nom} est "${match.code}"` : ' : cherchez le code INSEE de la commune (il figure sur la page de la commune sur insee.fr)'),
      );
    } else {
      const hint = only ? ` ; le code INSEE de ${only.nom} est "${only.code}"` : '';
      report('code_insee', `« ${lieu.code_insee} » n'est pas le code INSEE d'une commune actuelle${hint}`);
    }
    return problems;
  }
  if (foldName(lieu.commune) !== foldName(c.nom)) {
    const other = only ? ` (le code de ${only.nom} est "${only.code}")` : '';
    report('commune', `le code INSEE "${c.code}" est celui de ${c.nom}, pas de « ${lieu.commune} » : corrigez le nom ou le code${other}`);
  }
  const departements = (record.data.departements as string[] | undefined) ?? [];
  if (record.collection === 'evenements') {
    if (lieu.departement !== c.departement) {
      report('departement', `la commune ${c.nom} (${c.code}) est dans le département « ${c.departement} », pas « ${lieu.departement ?? ''} »`);
    }
    if (departements.length && !departements.includes(c.departement)) {
      problems.push({ file: record.file, line: lineOf(record.at, ['departements']), field: 'departements', message: `ajoutez "${c.departement}" : le lieu (${c.nom}) est dans ce département` });
    }
  } else if (!departements.includes(c.departement)) {
    report('code_insee', `la commune ${c.nom} est dans le département « ${c.departement} » (${departement(c.departement)?.nom ?? ''}), qui n'est pas dans « departements »`);
  }
  return problems;
};
