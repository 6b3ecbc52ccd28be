// Calendar events of published events (src/lib/feeds/ical.ts writes the .ics files).
import type { IcsEvent } from '../../lib/feeds/ical.ts';
import { departement } from '../../lib/territories/territoires.ts';
import { STATUTS_EVENEMENT, TYPES_EVENEMENT, type StatutEvenement } from '../../schemas/evenements.ts';
import { SITE } from '../../site-config.ts';
import { getRecords, recordUrl, type AnyRecord, type RecordOf } from '../records.ts';
import { absolute, lastChange } from './shared.ts';

/** « Salle, 1 place, Pélussin (Loire) » or « En ligne ». */
function place(d: RecordOf<'evenements'>['data']): string | undefined {
  if (d.en_ligne) return 'En ligne';
  const l = d.lieu;
  if (!l) return undefined;
  return [l.nom, l.adresse, `${l.commune} (${departement(l.departement)?.nom ?? l.departement})`].filter(Boolean).join(', ');
}

/** Every status has its iCalendar STATUS: a new status fails to typecheck until it is mapped here. */
const STATUS = { prevu: 'confirmed', complet: 'confirmed', annule: 'cancelled', reporte: 'tentative' } as const satisfies Record<
  StatutEvenement,
  IcsEvent['status']
>;

export function icsEvent(e: RecordOf<'evenements'>): IcsEvent {
  const d = e.data;
  const statut = d.statut === 'prevu' ? '' : `${STATUTS_EVENEMENT[d.statut]}. `;
  return {
    uid: `${e.id}@${new URL(SITE.url).hostname}`,
    summary: d.statut === 'annule' ? `Annulé : ${d.titre}` : d.titre,
    description: `${statut}${d.resume}\n\n${absolute(recordUrl(e))}`,
    url: absolute(recordUrl(e)),
    location: place(d),
    coordinates: d.lieu?.coordonnees,
    start: d.debut,
    end: d.fin,
    status: STATUS[d.statut],
    updated: lastChange(d),
    categories: [TYPES_EVENEMENT[d.type]],
  };
}

export async function getIcsEvents(records?: readonly AnyRecord[]): Promise<IcsEvent[]> {
  const events = (records ?? (await getRecords('evenements'))).filter((r): r is RecordOf<'evenements'> => r.collection === 'evenements');
  return events.toSorted((a, b) => a.data.debut.date.getTime() - b.data.debut.date.getTime()).map(icsEvent);
}
