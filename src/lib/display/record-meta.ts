// The short facts shown under a record's title in lists and cards.
import { cardFacts, type AnyRecordData, type CommonData } from '../../schemas/collections.ts';
import { formatDay } from '../time/dates.ts';
import { departement, region } from '../territories/territoires.ts';

/** « Côtes-d’Armor (22) », « Bretagne », or « National » when no territory is named. */
export function territoryNames(data: Pick<CommonData, 'departements' | 'regions'>): string[] {
  const deps = data.departements.map((c) => `${departement(c)?.nom ?? c} (${c})`);
  const regs = data.regions.map((c) => region(c)?.nom ?? c);
  return [...deps, ...regs];
}

/** The short facts under a record's title in lists and cards, as its descriptor gives them. */
export function cardMeta(record: AnyRecordData): string[] {
  return cardFacts(record, territoryNames(record.data));
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
  /** How to reach a structure (actors, cooperations). */
  contact?: Contact | undefined;
}

export interface Contact {
  email?: string | undefined;
  site?: string | undefined;
  telephone?: string | undefined;
}

/** `tel:` link of a French number: « 04 77 00 00 00 » → `tel:+33477000000`. */
export function telHref(telephone: string): string {
  const digits = telephone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('0') ? `+33${digits.slice(1)}` : digits}`;
}
