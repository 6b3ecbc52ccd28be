// JSON Schemas of the collections, from the zod schemas and the content's lists.
import { collectionJsonSchema } from '../../lib/contribution/field-model.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../../lib/territories/territoires.ts';
import { createSchemas, type CollectionName } from '../../schemas/index.ts';
import { getThemes } from '../records.ts';

export async function getFrontMatterSchemas() {
  const lists = { themes: (await getThemes()).map((t) => t.id), departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS };
  const schemas = createSchemas(lists);
  return (c: CollectionName) => collectionJsonSchema(schemas[c], lists);
}
