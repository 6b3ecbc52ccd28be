// schema.org JSON-LD of record pages (src/lib/feeds/structured-data.ts builds the objects).
import { articleJsonLd, eventJsonLd, organizationJsonLd } from '../../lib/feeds/structured-data.ts';
import { departement, region } from '../../lib/territories/territoires.ts';
import { SITE } from '../../site-config.ts';
import { getRecordIndex, recordUrl, refKey, type AnyRecord, type RecordOf } from '../records.ts';
import { absolute } from './shared.ts';
import { withBase } from '../../lib/site/paths.ts';

/** The organizers of an event, resolved to their actor records. */
export async function getOrganizers(e: RecordOf<'evenements'>): Promise<Array<{ name: string; url: string }>> {
  const idx = await getRecordIndex();
  return e.data.organisateurs
    .map((id) => idx.get(refKey('acteurs', id)))
    .filter((r): r is AnyRecord => r !== undefined)
    .map((r) => ({ name: r.data.titre, url: absolute(recordUrl(r)) }));
}

const territoryNames = (d: { departements: readonly string[]; regions: readonly string[] }) => [
  ...d.departements.map((c) => departement(c)?.nom ?? c),
  ...d.regions.map((c) => region(c)?.nom ?? c),
];

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
    territoires: territoryNames(d),
    organizers: await getOrganizers(e),
  });
}

/** schema.org Organization of an actor page. */
export function organizationLd(a: RecordOf<'acteurs'>) {
  return organizationJsonLd({
    name: a.data.titre,
    description: a.data.resume,
    url: absolute(recordUrl(a)),
    sameAs: a.data.contact?.site,
    areaServed: territoryNames(a.data),
  });
}

/** schema.org Article of a record told as a text (a practice, a testimony…), with the people it names as authors. */
export function articleLd(r: AnyRecord) {
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
