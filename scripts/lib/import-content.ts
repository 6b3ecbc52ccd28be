// What `npm run import` knows of the repository: every record of content/ (as the
// validator reads it), its keys for duplicates, and its header and text for edits.
import { validateContent } from '../../src/lib/content/validation.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import type { RecordKey } from '../../src/lib/import/duplicates.ts';
import type { Original } from '../../src/lib/import/plan.ts';
import { recordKey } from '../../src/lib/import/record-keys.ts';
import type { Named } from '../../src/lib/import/values.ts';

export interface Repository {
  themes: Named[];
  records: Partial<Record<CollectionName, Named[]>>;
  keys(collection: CollectionName): RecordKey[];
  originals(collection: CollectionName): Map<string, Original>;
}

export function readRepository(dir: string): Repository {
  const result = validateContent(dir);
  const of = (c: CollectionName) => result.records.filter((r) => r.collection === c);
  const records: Partial<Record<CollectionName, Named[]>> = {};
  for (const r of result.records) (records[r.collection] ??= []).push({ id: r.slug, titre: String(r.data.titre) });
  return {
    themes: result.themes.map((t) => ({ id: t.id, titre: t.titre })),
    records,
    keys: (c) => of(c).map((r) => recordKey(r.slug, r.raw)),
    originals: (c) => new Map(of(c).map((r) => [r.slug, { header: r.raw, body: r.body.trim() }])),
  };
}
