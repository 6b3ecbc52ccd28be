// What the feeds, calendars, open-data files and structured data are built from:
// published records turned into the plain values that the src/lib generators take.
import { buildNow } from '../lib/time/dates.ts';
import { collectionJsonSchema } from '../lib/contribution/field-model.ts';
import type { IcsEvent } from '../lib/feeds/ical.ts';
import { buildTerritoryHubs } from '../lib/territories/hubs.ts';
import { STATUTS_EVENEMENT, TYPES_EVENEMENT } from '../schemas/evenements.ts';
import { exportRecord, type PointRecord } from '../lib/feeds/open-data.ts';
import { withBase } from '../lib/site/paths.ts';
import type { FeedItem } from '../lib/feeds/rss.ts';
import { articleJsonLd, eventJsonLd, organizationJsonLd } from '../lib/feeds/structured-data.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS, departement, region } from '../lib/territories/territoires.ts';
import { createSchemas, type CollectionName } from '../schemas/index.ts';
import { SITE } from '../site-config.ts';
import { getAllRecords, getRecordIndex, getRecords, getThemes, recordUrl, refKey, toCard, typeLabel, type AnyRecord, type RecordOf } from './records.ts';

/** An absolute address on the site, from an href that already holds the base path (withBase). */
export const absolute = (path: string) => new URL(path, SITE.url).href;

type Dated = { publie_le: Date; mis_a_jour_le?: Date | undefined };
export const lastChange = (data: Dated): Date => data.mis_a_jour_le ?? data.publie_le;

export function feedItem(r: AnyRecord): FeedItem {
  return { title: r.data.titre, summary: r.data.resume, link: absolute(recordUrl(r)), date: lastChange(r.data), category: typeLabel(r.collection as CollectionName) };
}

export async function getFeedItems(records?: readonly AnyRecord[]): Promise<FeedItem[]> {
  return (records ?? (await getAllRecords())).map(feedItem);
}

/** « Salle, 1 place, Pélussin (Loire) » or « En ligne ». */
function place(d: RecordOf<'evenements'>['data']): string | undefined {
  if (d.en_ligne) return 'En ligne';
  const l = d.lieu;
  if (!l) return undefined;
  return [l.nom, l.adresse, `${l.commune} (${departement(l.departement)?.nom ?? l.departement})`].filter(Boolean).join(', ');
}

const STATUS: Record<string, IcsEvent['status']> = { prevu: 'confirmed', complet: 'confirmed', annule: 'cancelled', reporte: 'tentative' };

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
    status: STATUS[d.statut] ?? 'confirmed',
    updated: lastChange(d),
    categories: [TYPES_EVENEMENT[d.type]],
  };
}

export async function getIcsEvents(records?: readonly AnyRecord[]): Promise<IcsEvent[]> {
  const events = (records ?? (await getRecords('evenements'))).filter((r): r is RecordOf<'evenements'> => r.collection === 'evenements');
  return events.toSorted((a, b) => a.data.debut.date.getTime() - b.data.debut.date.getTime()).map(icsEvent);
}

/** The organizers of an event, resolved to their actor records. */
export async function getOrganizers(e: RecordOf<'evenements'>): Promise<Array<{ name: string; url: string }>> {
  const idx = await getRecordIndex();
  return e.data.organisateurs
    .map((id) => idx.get(refKey('acteurs', id)))
    .filter((r): r is AnyRecord => r !== undefined)
    .map((r) => ({ name: r.data.titre, url: absolute(recordUrl(r)) }));
}

/** The same clock for every file of a build. */
export const generatedAt = buildNow();

export async function getFrontMatterSchemas() {
  const lists = { themes: (await getThemes()).map((t) => t.id), departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS };
  const schemas = createSchemas(lists);
  return (c: CollectionName) => collectionJsonSchema(schemas[c], lists);
}

export async function getExportRecords(c: CollectionName) {
  return (await getRecords(c)).toSorted((a, b) => (a.id < b.id ? -1 : 1)).map((r) => exportRecord(r.id, absolute(recordUrl(r)), r.data as Record<string, unknown>));
}

/** Cooperations and events that give their coordinates. */
export async function getPoints(): Promise<PointRecord[]> {
  const out: PointRecord[] = [];
  for (const c of ['cooperations', 'evenements'] as const) {
    for (const r of await getRecords(c)) {
      const lieu = r.data.lieu;
      if (lieu?.coordonnees) out.push({ id: r.id, collection: c, titre: r.data.titre, url: absolute(recordUrl(r)), commune: lieu.commune, coordonnees: lieu.coordonnees });
    }
  }
  return out;
}

/** schema.org Event of an event page. */
export async function eventLd(e: RecordOf<'evenements'>) {
  const d = e.data;
  return eventJsonLd({
    name: d.titre,
    description: d.resume,
    url: absolute(recordUrl(e)),
    start: d.debut,
    end: d.fin,
    statut: d.statut,
    enLigne: d.en_ligne,
    lieu: d.lieu ? { ...d.lieu, departement: departement(d.lieu.departement)?.nom ?? d.lieu.departement } : undefined,
    organizers: await getOrganizers(e),
  });
}

/** schema.org Organization of an actor page. */
export function organizationLd(a: RecordOf<'acteurs'>) {
  const where = [...a.data.departements.map((c) => departement(c)?.nom ?? c), ...a.data.regions.map((c) => region(c)?.nom ?? c)];
  return organizationJsonLd({ name: a.data.titre, description: a.data.resume, url: absolute(recordUrl(a)), sameAs: a.data.site, areaServed: where });
}

/** schema.org Article of a practice or a testimony. */
export function articleLd(r: RecordOf<'pratiques'> | RecordOf<'temoignages'>) {
  return articleJsonLd({
    headline: r.data.titre,
    description: r.data.resume,
    url: absolute(recordUrl(r)),
    published: r.data.publie_le,
    modified: r.data.mis_a_jour_le,
    publisher: { name: SITE.nom, url: absolute(withBase('/')) },
    authors: 'personnes' in r.data ? r.data.personnes.map((p) => p.nom) : [],
  });
}

/** One embeddable list per département that some record names (src/lib/hubs.ts decides which records). */
export async function getEmbeds() {
  const hubs = buildTerritoryHubs(await getAllRecords());
  return hubs
    .filter((h) => h.kind === 'departement')
    .map((h) => ({
      code: h.code,
      slug: h.code.toLowerCase(),
      nom: h.nom,
      hub: absolute(h.href),
      items: h.local.map((r) => ({ ...toCard(r), href: absolute(recordUrl(r)) })),
    }));
}
