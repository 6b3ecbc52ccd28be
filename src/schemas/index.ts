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

export const COLLECTIONS = ['cooperations', 'acteurs', 'temoignages', 'pratiques', 'evenements'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Singular, plural and gender of each collection's name, for messages and pages. */
export const COLLECTION_LABELS: Record<CollectionName, { un: string; des: string; type: string }> = {
  cooperations: { un: 'une coopération', des: 'coopérations', type: 'Coopération' },
  acteurs: { un: 'un acteur', des: 'acteurs', type: 'Acteur' },
  temoignages: { un: 'un témoignage', des: 'témoignages', type: 'Témoignage' },
  pratiques: { un: 'une pratique', des: 'pratiques', type: 'Pratique' },
  evenements: { un: 'un événement', des: 'événements', type: 'Événement' },
};

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
