// What a reader needs to decide to come to an event, worded in French.
import { PUBLICS } from '../../schemas/shared/sources.ts';
import { STATUTS_EVENEMENT, TYPES_EVENEMENT, type Evenement } from '../../schemas/evenements.ts';
import { formatEventRange, formatNumber } from '../time/dates.ts';
import { departement } from '../territories/territoires.ts';

/** What the facts are made of: an event as its schema outputs it (the place may be given in part). */
export interface EventData extends Pick<
  Evenement,
  'debut' | 'fin' | 'statut' | 'type' | 'en_ligne' | 'publics' | 'places' | 'inscription'
> {
  lieu_non_precise?: boolean;
  lieu?: { nom?: string | undefined; adresse?: string | undefined; commune: string; departement: string } | undefined;
}

export interface EventFacts {
  /** « jeudi 5 mars 2015, 9 h 30 – 17 h ». */
  quand: string;
  /** ISO start, for <time datetime>. */
  datetime: string;
  /** « Salle…, Pélussin (Loire) », « En ligne » or « Lieu non précisé ». */
  ou: string;
  type: string;
  /** « Complet », « Annulé », « Reporté »; undefined when the event is on as planned. */
  statut?: string | undefined;
  publics: string;
  /** « 15 places ». */
  places?: string | undefined;
  inscription?: { url?: string | undefined; email?: string | undefined } | undefined;
  /** « Cet événement a eu lieu le jeudi 5 mars 2015, 9 h 30 – 17 h. » once it is over; undefined before. */
  passe?: string | undefined;
}

/** « Cet événement a eu lieu le jeudi 5 mars 2015… » or « …a eu lieu du lundi 30 juin au mardi 1er juillet 2025 ». */
export function pastSentence(e: Pick<EventData, 'debut' | 'fin'>): string {
  const range = formatEventRange(e.debut, e.fin);
  return `Cet événement a eu lieu ${range.startsWith('du ') ? range : `le ${range}`}.`;
}

export function eventPlace(e: Pick<EventData, 'en_ligne' | 'lieu'>): string {
  if (e.en_ligne) return 'En ligne';
  if (!e.lieu) return 'Lieu non précisé';
  const dep = departement(e.lieu.departement)?.nom ?? e.lieu.departement;
  return [e.lieu.nom, e.lieu.adresse, `${e.lieu.commune} (${dep})`].filter(Boolean).join(', ');
}

/** `past`: the event is over at build time: nothing left to register for, no places to count. */
export function eventFacts(e: EventData, past = false): EventFacts {
  return {
    quand: formatEventRange(e.debut, e.fin),
    datetime: e.debut.journee ? e.debut.date.toISOString().slice(0, 10) : e.debut.date.toISOString(),
    ou: eventPlace(e),
    type: TYPES_EVENEMENT[e.type],
    statut: e.statut === 'prevu' ? undefined : STATUTS_EVENEMENT[e.statut],
    publics: e.publics.map((p) => PUBLICS[p]).join(', '),
    places: e.places && !past ? `${formatNumber(e.places)} place${e.places > 1 ? 's' : ''}` : undefined,
    // Registering for a cancelled or past event makes no sense.
    inscription: e.statut === 'annule' || past ? undefined : e.inscription,
    passe: past ? pastSentence(e) : undefined,
  };
}
