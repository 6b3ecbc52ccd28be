// The short facts shown under a record's title in lists and cards.
import { TYPES_ACTEUR } from '../../schemas/acteurs.ts';
import type { AnyRecordData, CommonData } from '../../schemas/collections.ts';
import { ECHELLES, STATUTS_COOPERATION } from '../../schemas/cooperations.ts';
import { TYPES_EVENEMENT } from '../../schemas/evenements.ts';
import { ETAPES } from '../../schemas/pratiques.ts';
import { FORMATS } from '../../schemas/temoignages.ts';
import { formatEventRange, formatDay } from '../time/dates.ts';
import { departement, region } from '../territories/territoires.ts';

/** « Côtes-d’Armor (22) », « Bretagne », or « National » when no territory is named. */
export function territoryNames(data: Pick<CommonData, 'departements' | 'regions'>): string[] {
  const deps = data.departements.map((c) => `${departement(c)?.nom ?? c} (${c})`);
  const regs = data.regions.map((c) => region(c)?.nom ?? c);
  return [...deps, ...regs];
}

export function cardMeta(record: AnyRecordData): string[] {
  const where = territoryNames(record.data);
  switch (record.collection) {
    case 'cooperations':
      return [`Coopération ${ECHELLES[record.data.echelle].toLowerCase()}`, STATUTS_COOPERATION[record.data.statut], ...where];
    case 'acteurs':
      return [TYPES_ACTEUR[record.data.type], ...where];
    case 'temoignages':
      return [`Témoignage ${FORMATS[record.data.format].toLowerCase()}`, ...where];
    case 'pratiques':
      return [`Étape : ${ETAPES[record.data.etape].toLowerCase()}`, ...where];
    case 'evenements': {
      const data = record.data;
      const place = data.en_ligne ? 'En ligne' : (data.lieu?.commune ?? '');
      return [formatEventRange(data.debut, data.fin), place, TYPES_EVENEMENT[data.type]].filter(Boolean);
    }
  }
}

/** The date a record was last changed, for « Mise à jour le … ». */
export function lastUpdate(data: Pick<CommonData, 'publie_le' | 'mis_a_jour_le'>): string {
  return formatDay(data.mis_a_jour_le ?? data.publie_le);
}

/** What a card shows for a record. */
export interface CardItem {
  href: string;
  title: string;
  type: string;
  summary: string;
  meta: string[];
  alert?: string | undefined;
}
