// The sources of the pages: what each record's page is made of, as written, and a name for each
// record. The collections' loader digests a record's source to know when to read it again; the
// search index compares the sources' digests with the last build's, before Astro reads anything,
// to guess which pages are unchanged (src/integrations/search-index.ts). No import but types: the
// pages' code names records with sourceName() too.
import { createHash } from 'node:crypto';
import type { ValidRecord } from './validation.ts';

/** What the digests are made of: the validated records, themes and figures. */
export interface Sources {
  records: ReadonlyArray<Pick<ValidRecord, 'collection' | 'slug' | 'raw' | 'body'>>;
  themes: unknown;
  chiffres: unknown;
}

/** What a record's page is made of, as written: its header and its body. */
export function recordSource(record: Pick<ValidRecord, 'raw' | 'body'>): string {
  return `${JSON.stringify(record.raw)}\n${record.body}`;
}

/** A record's name among the sources of the pages: `acteurs/foyer-rural`. */
export const sourceName = (collection: string, slug: string) => `${collection}/${slug}`;

/** The name, among the sources, of what any page may show: themes and figures. */
export const SHARED_SOURCE = '*';

/** The digest of each record's source by sourceName(), and of the shared data by SHARED_SOURCE. */
export function sourceDigests(result: Sources): Map<string, string> {
  const digest = (text: string) => createHash('sha1').update(text).digest('base64url');
  const digests = new Map(result.records.map((r) => [sourceName(r.collection, r.slug), digest(recordSource(r))]));
  digests.set(SHARED_SOURCE, digest(JSON.stringify([result.themes, result.chiffres])));
  return digests;
}
