// Collections: one glob loader per folder of content/ (or CONTENT_DIR), with the
// schemas of src/schemas. Files whose name starts with "_" (templates) are skipped.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { chiffresFileSchema, themeSchema } from './schemas/donnees.ts';
import { createSchemas, type COLLECTIONS } from './schemas/index.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from './lib/territories/territoires.ts';

const dir = contentDir();
const readYaml = (name: string): unknown => parse(readFileSync(path.join(dir, name), 'utf8'));
const themes = themeSchema.array().parse(readYaml('themes.yaml'));
const schemas = createSchemas({ themes: themes.map((t) => t.id), departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS });

const records = (name: (typeof COLLECTIONS)[number]) =>
  glob({ base: path.join(dir, name), pattern: '[^_]*.{md,mdx}', generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });

export const collections = {
  cooperations: defineCollection({ loader: records('cooperations'), schema: schemas.cooperations }),
  acteurs: defineCollection({ loader: records('acteurs'), schema: schemas.acteurs }),
  temoignages: defineCollection({ loader: records('temoignages'), schema: schemas.temoignages }),
  pratiques: defineCollection({ loader: records('pratiques'), schema: schemas.pratiques }),
  evenements: defineCollection({ loader: records('evenements'), schema: schemas.evenements }),
  themes: defineCollection({
    loader: async () => themes.map((t) => ({ ...t })),
    schema: themeSchema,
  }),
  chiffres: defineCollection({
    loader: async () => chiffresFileSchema.parse(readYaml('chiffres.yaml')).map((c, i) => ({ id: `${c.indicateur}-${c.date}-${i}`, ...c })),
  }),
};
