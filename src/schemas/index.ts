// The one source of every collection's shape, used by Astro (src/content.config.ts),
// the validator, the form, the JSON Schemas and the field reference.
import { COLLECTIONS, SCHEMAS, type CollectionName } from './collections.ts';
import { installFrenchErrors } from './messages.ts';
import type { SchemaContext } from './shared/help.ts';

installFrenchErrors();

export { COLLECTIONS, DESCRIPTORS, type CollectionName } from './collections.ts';

/** Each collection's schema, made from its descriptor's factory (src/schemas/collections.ts). */
export type Schemas = { [K in CollectionName]: ReturnType<(typeof SCHEMAS)[K]> };

export function createSchemas(ctx: SchemaContext): Schemas {
  // Object.fromEntries loses the pairing of each name with its schema; SCHEMAS gives it back.
  return Object.fromEntries(COLLECTIONS.map((c) => [c, SCHEMAS[c](ctx)])) as Schemas;
}

export type { SchemaContext };
