// The one source of every collection's shape, used by Astro (src/content.config.ts),
// the validator, the form, the JSON Schemas and the field reference.
import { acteurSchema } from './acteurs.ts';
import { cooperationSchema } from './cooperations.ts';
import { evenementSchema } from './evenements.ts';
import { installFrenchErrors } from './messages.ts';
import { pratiqueSchema } from './pratiques.ts';
import type { SchemaContext } from './shared.ts';
import { temoignageSchema } from './temoignages.ts';

installFrenchErrors();

export { COLLECTIONS, DESCRIPTORS, type CollectionName } from './collections.ts';

export function createSchemas(ctx: SchemaContext) {
  return {
    cooperations: cooperationSchema(ctx),
    acteurs: acteurSchema(ctx),
    temoignages: temoignageSchema(ctx),
    pratiques: pratiqueSchema(ctx),
    evenements: evenementSchema(ctx),
  };
}

export type Schemas = ReturnType<typeof createSchemas>;
export type { SchemaContext };
