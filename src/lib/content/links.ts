// Which record points to which, from the reference fields of the collection descriptors.
import { referencesOf, type CollectionName } from '../../schemas/collections.ts';

export interface RecordRef {
  collection: CollectionName;
  id: string;
}

interface Linkable {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
}

/** The ids a record's reference field holds, whatever its shape (one id, a list, a list of objects). */
export function referencedIds(data: Record<string, unknown>, field: string, sub?: string): string[] {
  const value = data[field];
  // A missing field reads as one value that is not an id.
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items
    .map((item) => (sub ? (item as Record<string, unknown> | undefined)?.[sub] : item))
    .filter((v): v is string => typeof v === 'string');
}

export function collectLinks(records: readonly Linkable[]) {
  const outgoing = new Map<string, RecordRef[]>();
  const incoming = new Map<string, RecordRef[]>();
  const add = (map: Map<string, RecordRef[]>, key: string, ref: RecordRef) => {
    const list = map.get(key) ?? [];
    if (!list.some((r) => r.collection === ref.collection && r.id === ref.id)) list.push(ref);
    map.set(key, list);
  };
  for (const r of records) {
    const from = `${r.collection}/${r.id}`;
    for (const { field, sub, to } of referencesOf(r.collection)) {
      for (const id of referencedIds(r.data, field, sub)) {
        add(outgoing, from, { collection: to, id });
        add(incoming, `${to}/${id}`, { collection: r.collection, id: r.id });
      }
    }
  }
  return { outgoing, incoming };
}
