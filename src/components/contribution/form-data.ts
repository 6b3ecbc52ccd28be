// What the form loads before it opens: the list of the collection's records (names taken), the
// names of the actors and cooperations its fields may point to, and the record being edited.
import type { CollectionName } from '../../schemas/index.ts';
import type { FormField } from '../../lib/contribution/proposal-model.ts';
import type { RecordJson } from '../../lib/contribution/record-json.ts';
import { refsOf } from '../../lib/contribution/form-refs.ts';
import type { Ref } from './form-controls.ts';

export type Entries = Array<[id: string, titre: string]>;

export interface FormData {
  /** Ids and titles of the collection's records, arriving in the background. */
  index: Promise<Entries | undefined>;
  /** Names of the records the reference fields choose from, by collection. */
  lists: Map<Ref, Entries>;
  /** The published record, when the address asks to edit one that exists. */
  original: RecordJson | undefined;
}

async function fetchJson<T>(url: string): Promise<T | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

export async function loadFormData(
  fichesUrl: string,
  collection: CollectionName,
  fields: readonly FormField[],
  fiche: string,
): Promise<FormData> {
  const index = fetchJson<Entries>(`${fichesUrl}${collection}.json`);
  const refs = [...refsOf(fields)];
  const lists = new Map<Ref, Entries>(
    await Promise.all(refs.map(async (ref) => [ref, (await fetchJson<Entries>(`${fichesUrl}${ref}.json`)) ?? []] as const)),
  );
  const original = fiche ? await fetchJson<RecordJson>(`${fichesUrl}${collection}/${fiche}.json`) : undefined;
  return { index, lists, original };
}
