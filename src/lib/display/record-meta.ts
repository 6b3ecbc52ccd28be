// The short facts shown under a record's title in lists and cards.
import type { CollectionName } from '../../schemas/index.ts';
import { formatEventRange, formatDay, type Moment } from '../time/dates.ts';
import { label } from './labels.ts';
import { departement, region } from '../territories/territoires.ts';

type Data = Record<string, unknown>;

/** « Côtes-d’Armor (22) », « Bretagne », or « National » when no territory is named. */
export function territoryNames(data: Data): string[] {
  const deps = ((data.departements as string[] | undefined) ?? []).map((c) => `${departement(c)?.nom ?? c} (${c})`);
  const regs = ((data.regions as string[] | undefined) ?? []).map((c) => region(c)?.nom ?? c);
  return [...deps, ...regs];
}

export function cardMeta(collection: CollectionName, data: Data): string[] {
  const where = territoryNames(data);
  switch (collection) {
    case 'cooperations':
      return [`Coopération ${label('echelle', String(data.echelle)).toLowerCase()}`, label('statutCooperation', String(data.statut)), ...where];
    case 'acteurs':
      return [label('typeActeur', String(data.type)), ...where];
    case 'temoignages':
      return [`Témoignage ${label('format', String(data.format)).toLowerCase()}`, ...where];
    case 'pratiques':
      return [`Étape : ${label('etape', String(data.etape)).toLowerCase()}`, ...where];
    case 'evenements': {
      const lieu = data.lieu as { commune?: string } | undefined;
      const place = data.en_ligne ? 'En ligne' : (lieu?.commune ?? '');
      return [formatEventRange(data.debut as Moment, data.fin as Moment), place, label('typeEvenement', String(data.type))].filter(Boolean);
    }
  }
}

/** The date a record was last changed, for « Mise à jour le … ». */
export function lastUpdate(data: Data): string {
  const d = (data.mis_a_jour_le as Date | undefined) ?? (data.publie_le as Date);
  return formatDay(d);
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
