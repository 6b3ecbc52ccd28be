// What an import of one collection needs that depends only on the site: the targets and
// where their values go (from the collection's JSON Schema), and the names values may be
// given by (labels of choices, themes, records a reference column names).
import { createSchemas, DESCRIPTORS, type CollectionName, type Schemas } from '../../schemas/index.ts';
import { referencesOf } from '../../schemas/collections.ts';
import { collectionJsonSchema, type JsonSchema } from '../contribution/field-model.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../territories/territoires.ts';
import { placements, type Placement } from './placement.ts';
import { importTargets, type Target } from './targets.ts';
import type { Named, Vocabulary } from './values.ts';

export interface ImportSetup {
  collection: CollectionName;
  schemas: Schemas;
  frontMatter: JsonSchema;
  targets: Target[];
  targetMap: Map<string, Target>;
  places: Map<string, Placement>;
  vocab: Vocabulary;
}

/** `records`: id and title of the records of each collection a reference may name. */
export function importSetup(
  collection: CollectionName,
  themes: readonly Named[],
  records: Partial<Record<CollectionName, readonly Named[]>>,
): ImportSetup {
  const lists = { themes: themes.map((t) => t.id), departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS };
  const schemas = createSchemas(lists);
  const frontMatter = collectionJsonSchema(schemas[collection], lists);
  const targets = importTargets(frontMatter);
  const labels: Record<string, Readonly<Record<string, string>>> = {};
  for (const [field, l] of Object.entries(DESCRIPTORS[collection].valeurs)) if (l) labels[field] = l;
  const refs: Record<string, readonly Named[]> = {};
  for (const r of referencesOf(collection)) refs[r.sub ? `${r.field}_${r.sub}` : r.field] = records[r.to] ?? [];
  return {
    collection,
    schemas,
    frontMatter,
    targets,
    targetMap: new Map(targets.map((t) => [t.key, t])),
    places: placements(frontMatter),
    vocab: { themes, labels, records: refs },
  };
}

/** The collections a reference column of `collection` may name. */
export function referencedCollections(collection: CollectionName): CollectionName[] {
  return [...new Set(referencesOf(collection).map((r) => r.to))];
}
